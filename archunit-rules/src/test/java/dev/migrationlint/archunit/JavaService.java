package dev.migrationlint.archunit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sample service of {@code testdata/java-service}, compiled with the JDK's compiler into a temporary folder (with
 * its Flyway and JPA stubs) and imported with ArchUnit.
 */
final class JavaService {

    static final Path ROOT = Path.of("..", "testdata", "java-service").toAbsolutePath().normalize();

    private static JavaClasses classes;

    private JavaService() {
    }

    /** Every class of the sample, stubs included. */
    static synchronized JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter().importPath(compile(List.of(ROOT.resolve("src/main/java"),
                    ROOT.resolve("stubs"))));
        }
        return classes;
    }

    /** Only the classes with these simple names (their dependencies stay visible to the rules). */
    static JavaClasses only(String... simpleNames) {
        Set<String> names = Set.of(simpleNames);
        return classes().that(com.tngtech.archunit.base.DescribedPredicate.describe("are " + Arrays.toString(simpleNames),
                (JavaClass c) -> names.contains(c.getSimpleName())));
    }

    /** Compiles every {@code .java} file below the source folders into a new temporary folder. */
    static Path compile(List<Path> sourceFolders, String... extraSources) {
        try {
            Path out = Files.createTempDirectory("java-service-classes");
            out.toFile().deleteOnExit();
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-proc:none",
                    "-nowarn", "-implicit:none"));
            for (Path folder : sourceFolders) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(f -> f.toString().endsWith(".java")).sorted(Comparator.naturalOrder())
                            .forEach(f -> args.add(f.toString()));
                }
            }
            args.addAll(List.of(extraSources));
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int rc = compiler.run(null, null, errors, args.toArray(String[]::new));
            if (rc != 0) {
                throw new IllegalStateException("the sample does not compile:\n"
                        + errors.toString(StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
