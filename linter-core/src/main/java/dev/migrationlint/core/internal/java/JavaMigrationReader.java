package dev.migrationlint.core.internal.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.JavaSource;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads a Flyway Java migration's source with JavaParser, never compiling it: decides whether the file is a migration
 * class, collects what rules look at (imports, type references, methods), finds the SQL the class passes to JDBC and
 * {@code JdbcTemplate} in execution order, and detects a {@code canExecuteInTransaction()} that returns false.
 *
 * <p>SQL is the argument of {@code execute}, {@code executeUpdate}, {@code executeQuery}, {@code update},
 * {@code batchUpdate}, {@code prepareStatement} and {@code addBatch} calls, when it is made of string literals, text
 * blocks, {@code +} concatenations of them, {@code final String} constants of the file, local variables that are
 * never reassigned, and parameters of the class's own helper methods bound at the call. Calls are ordered as
 * {@code migrate(...)} runs them, following the class's own methods it calls; SQL in other methods follows, and SQL
 * in rollback methods ({@code java.rollbackMethods}) is read as the way back.
 */
public final class JavaMigrationReader {

    /** The methods whose SQL argument is linted. */
    static final Set<String> SQL_METHODS = Set.of("execute", "executeUpdate", "executeQuery", "update",
            "batchUpdate", "prepareStatement", "addBatch");

    /** Flyway's migration types (and the legacy ones before Flyway 6), by simple and qualified name. */
    static final Set<String> KNOWN_SUPERTYPES = Set.of(
            "BaseJavaMigration", "org.flywaydb.core.api.migration.BaseJavaMigration",
            "JavaMigration", "org.flywaydb.core.api.migration.JavaMigration",
            "JdbcMigration", "org.flywaydb.core.api.migration.jdbc.JdbcMigration",
            "BaseJdbcMigration", "org.flywaydb.core.api.migration.jdbc.BaseJdbcMigration",
            "SpringJdbcMigration", "org.flywaydb.core.api.migration.spring.SpringJdbcMigration",
            "BaseSpringJdbcMigration", "org.flywaydb.core.api.migration.spring.BaseSpringJdbcMigration");

    private static final Pattern DB_MIGRATION_FOLDER = Pattern.compile("(^|/)db/migration(/|$)");
    private static final int MAX_DEPTH = 64;

    /** What the reader found in one file. */
    public record Reading(JavaSource source, List<SqlCall> sql, Boolean executeInTransaction,
                          String executionSource, List<Token> comments, Map<Long, Span> commentTargets,
                          List<SourceProblem> problems, String note, int unresolvedSqlArguments) {
        public Reading {
            sql = List.copyOf(sql);
            comments = List.copyOf(comments);
            commentTargets = Map.copyOf(commentTargets);
            problems = List.copyOf(problems);
        }

        /** True when the file holds a migration class. */
        public boolean migration() {
            return source != null;
        }
    }

    /**
     * SQL one call passes, decoded, with its source positions; {@code direction} DOWN for rollback methods;
     * {@code site} the call itself.
     */
    public record SqlCall(MappedText text, String method, Direction direction, Span site) {
        public String sql() {
            return text.toString();
        }
    }

    /** Looks up the test classes that reference a migration class (simple name, qualified name). */
    public interface TestLookup {
        List<String> referencing(String simpleName, String qualifiedName);
    }

    private final List<String> baseClasses;
    private final Set<String> rollbackMethods;

    /**
     * @param baseClasses     further migration base classes ({@code java.migrationBaseClasses}), simple or qualified
     * @param rollbackMethods names of methods that hold the way back ({@code java.rollbackMethods})
     */
    public JavaMigrationReader(List<String> baseClasses, List<String> rollbackMethods) {
        this.baseClasses = List.copyOf(baseClasses);
        Set<String> names = new HashSet<>();
        rollbackMethods.forEach(m -> names.add(m.toLowerCase(Locale.ROOT)));
        this.rollbackMethods = names;
    }

    /**
     * Reads one file.
     *
     * @param text  the file's text
     * @param path  the file's path as reports show it ({@code /}-separated), for the package-folder convention
     * @param tests how to find the test classes that reference the migration (looked up lazily)
     */
    public Reading read(String text, String path, TestLookup tests) {
        LineTable lines = new LineTable(text);
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setStoreTokens(true)
                .setDetectOriginalLineSeparator(false));
        ParseResult<CompilationUnit> parsed;
        try {
            parsed = parser.parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(List.of(new SourceProblem(SourceProblem.Kind.UNPARSEABLE,
                    "the Java source could not be parsed: " + e, Span.FILE)));
        }
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            List<SourceProblem> problems = new ArrayList<>();
            for (Problem p : parsed.getProblems()) {
                Span span = p.getLocation().flatMap(l -> l.toRange()).map(r -> span(lines, r)).orElse(Span.FILE);
                problems.add(new SourceProblem(SourceProblem.Kind.UNPARSEABLE,
                        "the Java source could not be parsed: " + firstLine(p.getMessage()), span));
                break;
            }
            if (problems.isEmpty()) {
                problems.add(new SourceProblem(SourceProblem.Kind.UNPARSEABLE, "the Java source could not be parsed",
                        Span.FILE));
            }
            return failed(problems);
        }
        return new Read(text, lines, parsed.getResult().get(), path, tests).run();
    }

    private static Reading failed(List<SourceProblem> problems) {
        return new Reading(null, List.of(), null, null, List.of(), Map.of(), problems, null, 0);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static Span span(LineTable lines, Range range) {
        int start = lines.offset(range.begin.line, range.begin.column);
        int end = lines.offset(range.end.line, range.end.column) + 1;
        return lines.span(start, Math.max(start, end));
    }

    /** Names visible to an expression: bound parameters of an inlined helper, the method whose locals count. */
    private record Env(MethodDeclaration method, Map<String, Bound> parameters) {
        static final Env NONE = new Env(null, Map.of());
    }

    /** An argument expression bound to a parameter, with the environment it is evaluated in. */
    private record Bound(Expression expression, Env env) {
    }

    /** One file's reading. */
    private final class Read {
        final String text;
        final LineTable lines;
        final CompilationUnit unit;
        final String path;
        final TestLookup tests;
        final Map<String, String> singleImports = new HashMap<>();
        final Set<String> localTypes = new HashSet<>();
        final Map<String, VariableDeclarator> constants = new LinkedHashMap<>();
        final List<SqlCall> calls = new ArrayList<>();
        final Set<MethodCallExpr> handled = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<MethodDeclaration> walked = Collections.newSetFromMap(new IdentityHashMap<>());
        final Map<String, List<MethodDeclaration>> methodsByName = new HashMap<>();
        final Set<String> declaredNames = new HashSet<>();
        final Map<Long, Span> commentTargets = new HashMap<>();
        /** Per method: its local declarations by name; per scope: the names assigned in it (looked up per use). */
        final Map<MethodDeclaration, Map<String, List<VariableDeclarator>>> localsByMethod = new IdentityHashMap<>();
        final Map<Node, Set<String>> assignedInScope = new IdentityHashMap<>();
        String packageName = "";
        int unresolved;

        Read(String text, LineTable lines, CompilationUnit unit, String path, TestLookup tests) {
            this.text = text;
            this.lines = lines;
            this.unit = unit;
            this.path = path;
            this.tests = tests;
        }

        Reading run() {
            List<Token> comments = comments();
            packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
            ClassOrInterfaceDeclaration type = mainType();
            if (type == null) {
                return new Reading(null, List.of(), null, null, comments, commentTargets, List.of(),
                        "not read as a Java migration: the file declares no class", 0);
            }
            for (ImportDeclaration i : unit.getImports()) {
                if (!i.isStatic() && !i.isAsterisk()) {
                    String name = i.getNameAsString();
                    singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
                }
            }
            unit.findAll(TypeDeclaration.class).forEach(t -> localTypes.add(t.getNameAsString()));
            String superclass = type.getExtendedTypes().isEmpty() ? null
                    : resolve(type.getExtendedTypes().get(0).getNameWithScope());
            List<String> interfaces = type.getImplementedTypes().stream()
                    .map(t -> resolve(t.getNameWithScope())).toList();
            String why = notAMigration(type, superclass, interfaces);
            if (why != null) {
                return new Reading(null, List.of(), null, null, comments, commentTargets, List.of(), why, 0);
            }
            collectConstants();
            unit.findAll(VariableDeclarator.class).forEach(v -> declaredNames.add(v.getNameAsString()));
            unit.findAll(Parameter.class).forEach(p -> declaredNames.add(p.getNameAsString()));
            for (MethodDeclaration m : type.getMethods()) {
                methodsByName.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(m);
            }
            extractSql(type);

            String simple = type.getNameAsString();
            String qualified = packageName.isEmpty() ? simple : packageName + "." + simple;
            Supplier<List<String>> testReferences = () -> tests.referencing(simple, qualified);
            JavaSource source = new JavaSource(packageName, simple, span(type.getName()), superclass, interfaces,
                    imports(), typeReferences(), methods(type), testReferences);
            Boolean inTransaction = null;
            String executionSource = null;
            if (returnsFalse(type, "canExecuteInTransaction")) {
                inTransaction = false;
                executionSource = "canExecuteInTransaction() of " + simple;
            }
            return new Reading(source, calls, inTransaction, executionSource, comments, commentTargets, List.of(),
                    null, unresolved);
        }

        /** The top-level class named like the file, else the first top-level class. */
        private ClassOrInterfaceDeclaration mainType() {
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            String base = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
            ClassOrInterfaceDeclaration first = null;
            for (TypeDeclaration<?> t : unit.getTypes()) {
                if (t instanceof ClassOrInterfaceDeclaration c) {
                    if (c.getNameAsString().equals(base)) {
                        return c;
                    }
                    if (first == null) {
                        first = c;
                    }
                }
            }
            return first;
        }

        private String notAMigration(ClassOrInterfaceDeclaration type, String superclass, List<String> interfaces) {
            if (type.isInterface()) {
                return "not read as a Java migration: " + type.getNameAsString() + " is an interface";
            }
            if (type.isAbstract()) {
                return "not read as a Java migration: " + type.getNameAsString() + " is abstract";
            }
            List<String> supertypes = new ArrayList<>(interfaces);
            if (superclass != null) {
                supertypes.add(superclass);
            }
            for (String s : supertypes) {
                if (known(s)) {
                    return null;
                }
            }
            if (DB_MIGRATION_FOLDER.matcher(path).find()) {
                return null;
            }
            return "not read as a Java migration: " + type.getNameAsString()
                    + (supertypes.isEmpty() ? " extends no migration type" : " extends "
                    + String.join(", ", supertypes) + ", not a known migration base class")
                    + " and is outside a db/migration package (add its base class to java.migrationBaseClasses)";
        }

        private boolean known(String type) {
            String simple = type.substring(type.lastIndexOf('.') + 1);
            if (KNOWN_SUPERTYPES.contains(type) || KNOWN_SUPERTYPES.contains(simple)) {
                return true;
            }
            for (String base : baseClasses) {
                if (base.equals(type) || base.equals(simple) || base.endsWith("." + simple) && !type.contains(".")) {
                    return true;
                }
            }
            return false;
        }

        /** A name as written, qualified through the file's imports and declarations when they tell. */
        String resolve(String name) {
            int dot = name.indexOf('.');
            String first = dot < 0 ? name : name.substring(0, dot);
            String rest = dot < 0 ? "" : name.substring(dot);
            if (!first.isEmpty() && Character.isLowerCase(first.charAt(0))) {
                return name;
            }
            String imported = singleImports.get(first);
            if (imported != null) {
                return imported + rest;
            }
            if (localTypes.contains(first)) {
                return packageName.isEmpty() ? name : packageName + "." + name;
            }
            if (JAVA_LANG.contains(first)) {
                return "java.lang." + name;
            }
            return name;
        }

        private List<JavaSource.Import> imports() {
            List<JavaSource.Import> imports = new ArrayList<>();
            for (ImportDeclaration i : unit.getImports()) {
                imports.add(new JavaSource.Import(i.getNameAsString(), i.isStatic(), i.isAsterisk(), span(i)));
            }
            return imports;
        }

        private List<JavaSource.TypeReference> typeReferences() {
            List<Node> nodes = new ArrayList<>();
            for (ClassOrInterfaceType t : unit.findAll(ClassOrInterfaceType.class)) {
                boolean scopeOfAnother = t.getParentNode().filter(p -> p instanceof ClassOrInterfaceType o
                        && o.getScope().filter(s -> s == t).isPresent()).isPresent();
                if (!scopeOfAnother) {
                    nodes.add(t);
                }
            }
            nodes.addAll(unit.findAll(AnnotationExpr.class));
            for (FieldAccessExpr f : unit.findAll(FieldAccessExpr.class)) {
                boolean scopeOfAnother = f.getParentNode().filter(p -> p instanceof FieldAccessExpr o
                        && o.getScope() == f).isPresent();
                if (!scopeOfAnother && qualifiedTypeIn(f) != null) {
                    nodes.add(f);
                }
            }
            nodes.sort(Comparator.comparing(n -> n.getRange().map(r -> r.begin).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder())));
            List<JavaSource.TypeReference> refs = new ArrayList<>();
            for (Node n : nodes) {
                String name;
                if (n instanceof ClassOrInterfaceType t) {
                    name = t.getNameWithScope();
                } else if (n instanceof AnnotationExpr a) {
                    name = a.getNameAsString();
                } else {
                    name = qualifiedTypeIn((FieldAccessExpr) n);
                }
                boolean qualified = !name.isEmpty() && Character.isLowerCase(name.charAt(0)) && name.contains(".");
                refs.add(new JavaSource.TypeReference(name, qualified, resolve(name), span(n)));
            }
            return refs;
        }

        /**
         * For a chain of names such as {@code com.acme.model.User.NAME} whose first name is no variable of the file:
         * the qualified type it starts with ({@code com.acme.model.User}); else null.
         */
        private String qualifiedTypeIn(FieldAccessExpr f) {
            List<String> names = new ArrayList<>();
            Expression e = f;
            while (e instanceof FieldAccessExpr fa) {
                names.add(0, fa.getNameAsString());
                e = fa.getScope();
            }
            if (!(e instanceof NameExpr root)) {
                return null;
            }
            String first = root.getNameAsString();
            if (first.isEmpty() || !Character.isLowerCase(first.charAt(0)) || declaredNames.contains(first)) {
                return null;
            }
            StringBuilder b = new StringBuilder(first);
            for (String n : names) {
                b.append('.').append(n);
                if (Character.isUpperCase(n.charAt(0))) {
                    return b.toString();
                }
            }
            return null;
        }

        private List<JavaSource.Method> methods(ClassOrInterfaceDeclaration type) {
            List<JavaSource.Method> methods = new ArrayList<>();
            for (MethodDeclaration m : type.getMethods()) {
                methods.add(new JavaSource.Method(m.getNameAsString(), m.getParameters().size(), span(m.getName())));
            }
            return methods;
        }

        /** Java comments as tokens, so {@code // migration-lint: ignore ...} works in Java migrations too. */
        private List<Token> comments() {
            List<Token> tokens = new ArrayList<>();
            for (Comment c : unit.getAllComments()) {
                Optional<Range> range = c.getRange();
                if (range.isEmpty()) {
                    continue;
                }
                Span s = JavaMigrationReader.span(lines, range.get());
                String body = text.substring((int) s.startOffset(), (int) s.endOffset());
                tokens.add(new Token(c instanceof LineComment ? TokenType.LINE_COMMENT : TokenType.BLOCK_COMMENT,
                        body, s.startOffset(), s.startLine(), s.startColumn()));
                c.getCommentedNode().flatMap(Node::getRange)
                        .ifPresent(r -> commentTargets.put(s.startOffset(), JavaMigrationReader.span(lines, r)));
            }
            tokens.sort(Comparator.comparingLong(Token::offset));
            return tokens;
        }

        private boolean returnsFalse(ClassOrInterfaceDeclaration type, String method) {
            for (MethodDeclaration m : type.getMethodsByName(method)) {
                if (!m.getParameters().isEmpty() || m.getBody().isEmpty()) {
                    continue;
                }
                List<Statement> statements = m.getBody().get().getStatements();
                if (statements.size() == 1 && statements.get(0) instanceof ReturnStmt r
                        && r.getExpression().filter(e -> e instanceof BooleanLiteralExpr b && !b.getValue())
                        .isPresent()) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------------------------------------------------
        // SQL extraction

        private void collectConstants() {
            for (FieldDeclaration f : unit.findAll(FieldDeclaration.class)) {
                boolean inInterface = f.getParentNode().filter(p -> p instanceof ClassOrInterfaceDeclaration c
                        && c.isInterface()).isPresent();
                if (!f.isFinal() && !inInterface) {
                    continue;
                }
                for (VariableDeclarator v : f.getVariables()) {
                    String type = v.getType().asString();
                    if ((type.equals("String") || type.equals("java.lang.String")) && v.getInitializer().isPresent()) {
                        constants.putIfAbsent(v.getNameAsString(), v);
                    }
                }
            }
        }

        private void extractSql(ClassOrInterfaceDeclaration type) {
            for (MethodDeclaration m : type.getMethodsByName("migrate")) {
                walkMethod(m, Env.NONE, Direction.UP, new HashSet<>());
            }
            List<MethodDeclaration> others = new ArrayList<>();
            List<MethodDeclaration> rollbacks = new ArrayList<>();
            for (MethodDeclaration m : type.findAll(MethodDeclaration.class)) {
                if (rollbackMethods.contains(m.getNameAsString().toLowerCase(Locale.ROOT))
                        && m.getParentNode().filter(p -> p == type).isPresent()) {
                    rollbacks.add(m);
                } else {
                    others.add(m);
                }
            }
            for (MethodDeclaration m : others) {
                if (!walked.contains(m)) {
                    walkMethod(m, Env.NONE, Direction.UP, new HashSet<>());
                }
            }
            for (MethodDeclaration m : rollbacks) {
                if (!walked.contains(m)) {
                    walkMethod(m, Env.NONE, Direction.DOWN, new HashSet<>());
                }
            }
        }

        private void walkMethod(MethodDeclaration m, Env env, Direction direction, Set<MethodDeclaration> stack) {
            walked.add(m);
            if (m.getBody().isEmpty() || stack.size() > MAX_DEPTH) {
                return;
            }
            stack.add(m);
            walk(m.getBody().get(), env, direction, stack);
            stack.remove(m);
        }

        private void walk(Node node, Env env, Direction direction, Set<MethodDeclaration> stack) {
            if (node instanceof MethodCallExpr call) {
                call.getScope().ifPresent(s -> walk(s, env, direction, stack));
                for (Expression a : call.getArguments()) {
                    walk(a, env, direction, stack);
                }
                call(call, env, direction, stack);
                return;
            }
            if (node instanceof MethodDeclaration) {
                // A method of a local or anonymous class runs when something calls it: read it in place.
                walked.add((MethodDeclaration) node);
            }
            List<Node> children = new ArrayList<>(node.getChildNodes());
            children.sort(Comparator.comparing(n -> n.getRange().map(r -> r.begin).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder())));
            for (Node child : children) {
                if (!(child instanceof Comment)) {
                    walk(child, env, direction, stack);
                }
            }
        }

        private void call(MethodCallExpr call, Env env, Direction direction, Set<MethodDeclaration> stack) {
            String name = call.getNameAsString();
            if (SQL_METHODS.contains(name) && !call.getArguments().isEmpty()) {
                if (!handled.add(call) && stack.size() <= 1 && env.parameters().isEmpty()) {
                    return;
                }
                List<Expression> arguments = name.equals("batchUpdate") ? call.getArguments()
                        : List.of(call.getArguments().get(0));
                for (Expression argument : arguments) {
                    Value value = value(argument, env, new HashSet<>(), 0);
                    if (value != null && value.string()) {
                        calls.add(new SqlCall(value.text(), name, direction, span(call)));
                    } else if (argumentLooksLikeSql(argument)) {
                        unresolved++;
                    }
                }
                return;
            }
            boolean own = call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr;
            List<MethodDeclaration> candidates = methodsByName.get(name);
            if (!own || candidates == null) {
                return;
            }
            MethodDeclaration target = candidates.stream()
                    .filter(m -> m.getParameters().size() == call.getArguments().size()).findFirst().orElse(null);
            if (target == null || stack.contains(target)) {
                return;
            }
            Map<String, Bound> parameters = new HashMap<>();
            for (int i = 0; i < target.getParameters().size(); i++) {
                parameters.put(target.getParameter(i).getNameAsString(), new Bound(call.getArgument(i), env));
            }
            walkMethod(target, new Env(target, parameters), direction, stack);
        }

        /** Only arguments that are not plain other values count as SQL we could not read. */
        private boolean argumentLooksLikeSql(Expression argument) {
            return argument instanceof BinaryExpr || argument instanceof NameExpr || argument instanceof FieldAccessExpr
                    || argument instanceof MethodCallExpr m && m.getNameAsString().equals("format");
        }

        /** A constant value: its text, and whether it is a string (rather than a number or character). */
        private record Value(MappedText text, boolean string) {
        }

        private Value value(Expression e, Env env, Set<Node> resolving, int depth) {
            if (depth > MAX_DEPTH) {
                return null;
            }
            if (e instanceof StringLiteralExpr s && !(e instanceof TextBlockLiteralExpr)) {
                Span sp = span(s);
                return new Value(Literals.string(text, (int) sp.startOffset(), (int) sp.endOffset() - 1), true);
            }
            if (e instanceof TextBlockLiteralExpr t) {
                Span sp = span(t);
                return new Value(Literals.textBlock(text, (int) sp.startOffset(), (int) sp.endOffset() - 1), true);
            }
            if (e instanceof CharLiteralExpr c) {
                Span sp = span(c);
                return new Value(Literals.string(text, (int) sp.startOffset(), (int) sp.endOffset() - 1), false);
            }
            if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) {
                Span sp = span(e);
                MappedText t = new MappedText();
                String digits = e.toString().replace("_", "").replaceAll("[lL]$", "");
                if (digits.startsWith("0") && digits.length() > 1) {
                    return null;
                }
                for (int i = 0; i < digits.length(); i++) {
                    t.append(digits.charAt(i), (int) sp.startOffset() + i, (int) sp.startOffset() + i + 1);
                }
                return new Value(t, false);
            }
            if (e instanceof EnclosedExpr en) {
                return value(en.getInner(), env, resolving, depth + 1);
            }
            if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
                Value left = value(b.getLeft(), env, resolving, depth + 1);
                if (left == null) {
                    return null;
                }
                Value right = value(b.getRight(), env, resolving, depth + 1);
                if (right == null || !left.string() && !right.string()) {
                    return null;
                }
                MappedText t = new MappedText();
                t.append(left.text());
                t.append(right.text());
                return new Value(t, true);
            }
            if (e instanceof NameExpr n) {
                return name(n, env, resolving, depth);
            }
            if (e instanceof FieldAccessExpr f && (f.getScope() instanceof ThisExpr
                    || f.getScope() instanceof NameExpr scope && localTypes.contains(scope.getNameAsString()))) {
                return constant(f.getNameAsString(), resolving, depth);
            }
            return null;
        }

        private Value name(NameExpr n, Env env, Set<Node> resolving, int depth) {
            String name = n.getNameAsString();
            Bound bound = env.parameters().get(name);
            if (bound != null) {
                return value(bound.expression(), bound.env(), resolving, depth + 1);
            }
            MethodDeclaration enclosing = enclosingMethod(n);
            if (env.method() != null || enclosing != null) {
                MethodDeclaration method = enclosing != null ? enclosing : env.method();
                VariableDeclarator local = local(method, n);
                if (local != null) {
                    if (!resolving.add(local) || local.getInitializer().isEmpty()) {
                        return null;
                    }
                    Value v = value(local.getInitializer().get(), env, resolving, depth + 1);
                    resolving.remove(local);
                    return v;
                }
                if (method != null && method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
                    return null;
                }
            }
            return constant(name, resolving, depth);
        }

        private MethodDeclaration enclosingMethod(Node node) {
            for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
                if (n instanceof MethodDeclaration m) {
                    return m;
                }
            }
            return null;
        }

        private Value constant(String name, Set<Node> resolving, int depth) {
            VariableDeclarator c = constants.get(name);
            if (c == null || !resolving.add(c)) {
                return null;
            }
            Value v = value(c.getInitializer().get(), Env.NONE, resolving, depth + 1);
            resolving.remove(c);
            return v;
        }

        /**
         * The local variable {@code use} refers to: the nearest declaration before it in an enclosing block of the
         * method, when the variable is never assigned again there; null when there is none or it changes.
         */
        private VariableDeclarator local(MethodDeclaration method, NameExpr use) {
            if (method == null) {
                return null;
            }
            String name = use.getNameAsString();
            VariableDeclarator best = null;
            Node bestScope = null;
            Map<String, List<VariableDeclarator>> locals = localsByMethod.computeIfAbsent(method, m -> {
                Map<String, List<VariableDeclarator>> byName = new HashMap<>();
                for (VariableDeclarator v : m.findAll(VariableDeclarator.class)) {
                    if (v.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
                        byName.computeIfAbsent(v.getNameAsString(), k -> new ArrayList<>()).add(v);
                    }
                }
                return byName;
            });
            for (VariableDeclarator v : locals.getOrDefault(name, List.of())) {
                Node scope = scopeOf(v);
                if (scope == null || !scope.containsWithinRange(use) || !before(v, use)) {
                    continue;
                }
                if (best == null || before(best, v)) {
                    best = v;
                    bestScope = scope;
                }
            }
            if (best == null) {
                return null;
            }
            Set<String> assigned = assignedInScope.computeIfAbsent(bestScope, scope -> {
                Set<String> names = new HashSet<>();
                for (AssignExpr a : scope.findAll(AssignExpr.class)) {
                    if (a.getTarget() instanceof NameExpr target) {
                        names.add(target.getNameAsString());
                    }
                }
                return names;
            });
            return assigned.contains(name) ? null : best;
        }

        /** The block (or statement such as {@code try (...)} or {@code for (...)}) a local declaration is visible in. */
        private Node scopeOf(VariableDeclarator v) {
            Node n = v.getParentNode().orElse(null);
            while (n != null && !(n instanceof BlockStmt) && !(n instanceof Statement
                    && !(n instanceof com.github.javaparser.ast.stmt.ExpressionStmt))) {
                n = n.getParentNode().orElse(null);
            }
            return n;
        }

        private boolean before(Node a, Node b) {
            return a.getRange().isPresent() && b.getRange().isPresent()
                    && a.getRange().get().begin.isBefore(b.getRange().get().begin);
        }

        Span span(Node node) {
            return node.getRange().map(r -> JavaMigrationReader.span(lines, r)).orElse(Span.FILE);
        }
    }

    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Integer", "Long", "Boolean", "Double",
            "Float", "Short", "Byte", "Character", "Math", "System", "Thread", "Runnable", "Exception",
            "RuntimeException", "IllegalStateException", "IllegalArgumentException", "Override", "Deprecated",
            "SuppressWarnings", "FunctionalInterface", "Iterable", "StringBuilder", "Class", "Enum", "Record",
            "Throwable", "Error", "AutoCloseable", "Comparable", "CharSequence", "Number", "Void");
}
