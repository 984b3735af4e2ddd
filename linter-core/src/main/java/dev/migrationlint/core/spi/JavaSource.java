package dev.migrationlint.core.spi;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the linter read from a Java migration's source file, without compiling it: the class, its imports, the type
 * names its code uses and the methods it declares, each with its place in the {@code .java} file. The SQL the
 * migration passes to JDBC or {@code JdbcTemplate} is not here: it is in the migration's statements, like a SQL
 * file's.
 */
public final class JavaSource {

    /**
     * One import declaration.
     *
     * @param name     the imported name as written ({@code com.acme.model.User}, {@code com.acme.model} for
     *                 {@code com.acme.model.*}, {@code com.acme.Types.NAME} for a static import)
     * @param onDemand an {@code .*} import
     */
    public record Import(String name, boolean isStatic, boolean onDemand, Span span) {

        /** The package the import names a class of (or, for {@code pkg.*}, the package itself). */
        public String packageName() {
            return onDemand && !isStatic && firstTypeSegment(name) < 0 ? name : JavaSource.packageOf(name);
        }
    }

    /**
     * A use of a type name in the code (declarations, {@code new}, casts, generics, annotations, static member access).
     *
     * @param name      as written ({@code User}, {@code com.acme.model.User}, {@code Map.Entry})
     * @param qualified true when written with its package ({@code com.acme.model.User}): then no import is involved
     * @param resolved  the qualified name when the source tells it (written qualified, a single-type import, a type of
     *                  the same file, {@code java.lang}); otherwise the name as written
     */
    public record TypeReference(String name, boolean qualified, String resolved, Span span) {

        /** The package of {@link #resolved()}, or "" when it is not known. */
        public String packageName() {
            return resolved.contains(".") ? JavaSource.packageOf(resolved) : "";
        }
    }

    /** A method the migration class declares; {@code span} covers its name. */
    public record Method(String name, int parameters, Span span) {
    }

    private final String packageName;
    private final String className;
    private final Span classSpan;
    private final String superclass;
    private final List<String> interfaces;
    private final List<Import> imports;
    private final List<TypeReference> typeReferences;
    private final List<Method> methods;
    private final Supplier<List<String>> testReferences;
    private List<String> tests;

    public JavaSource(String packageName, String className, Span classSpan, String superclass,
                      List<String> interfaces, List<Import> imports, List<TypeReference> typeReferences,
                      List<Method> methods, Supplier<List<String>> testReferences) {
        this.packageName = packageName;
        this.className = className;
        this.classSpan = classSpan;
        this.superclass = superclass;
        this.interfaces = List.copyOf(interfaces);
        this.imports = List.copyOf(imports);
        this.typeReferences = List.copyOf(typeReferences);
        this.methods = List.copyOf(methods);
        this.testReferences = testReferences;
    }

    /** The package of the class, "" for the default package. */
    public String packageName() {
        return packageName;
    }

    /** The simple name of the migration class. */
    public String className() {
        return className;
    }

    /** The qualified name of the migration class. */
    public String qualifiedName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }

    /** The class name in its declaration. */
    public Span classSpan() {
        return classSpan;
    }

    /** The superclass, resolved like a {@link TypeReference}; null when the class extends nothing. */
    public String superclass() {
        return superclass;
    }

    /** The implemented interfaces, resolved like {@link TypeReference}s. */
    public List<String> interfaces() {
        return interfaces;
    }

    public List<Import> imports() {
        return imports;
    }

    /** Every use of a type name in the file, in source order (imports excluded). */
    public List<TypeReference> typeReferences() {
        return typeReferences;
    }

    /** The methods the migration class declares, in source order. */
    public List<Method> methods() {
        return methods;
    }

    /** True when the class declares a method of this name (ignoring case). */
    public boolean declaresMethod(String name) {
        return methods.stream().anyMatch(m -> m.name().equalsIgnoreCase(name));
    }

    /**
     * The classes under the module's test sources ({@code src/test/java} next to the migration's {@code src/main})
     * that reference the migration class, as report paths; looked up on first call.
     */
    public synchronized List<String> testReferences() {
        if (tests == null) {
            tests = List.copyOf(testReferences.get());
        }
        return tests;
    }

    /**
     * The package part of a qualified name: the segments before the first one that starts with an upper-case letter
     * (Java's naming convention), or all but the last when none does.
     */
    public static String packageOf(String qualifiedName) {
        int type = firstTypeSegment(qualifiedName);
        if (type > 0) {
            return qualifiedName.substring(0, type - 1);
        }
        if (type == 0) {
            return "";
        }
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? "" : qualifiedName.substring(0, dot);
    }

    /** The offset of the first segment starting with an upper-case letter, or -1. */
    private static int firstTypeSegment(String name) {
        int start = 0;
        while (start < name.length()) {
            char c = name.charAt(start);
            if (Character.isUpperCase(c)) {
                return start;
            }
            int dot = name.indexOf('.', start);
            if (dot < 0) {
                return -1;
            }
            start = dot + 1;
        }
        return -1;
    }

    @Override
    public String toString() {
        return "JavaSource[" + qualifiedName() + "]";
    }
}
