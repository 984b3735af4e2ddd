package dev.migrationlint.core.internal.java;

import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.recognize.Recognizer;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Settings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Java migration of the shared corpus is read, its SQL split and recognized without an exception, and every
 * token lands on its own text in the {@code .java} file. Prints what it extracted per repository.
 */
class JavaCorpusTest {

    static final Path CORPUS = Path.of("..", "..", "shared", "corpus").toAbsolutePath().normalize();
    static final List<String> REPOSITORIES = List.of("dhis2__dhis2-core", "gchq__stroom", "SCADA-LTS__Scada-LTS",
            "MyCollab__mycollab", "spring-cloud__spring-cloud-dataflow", "openremote__openremote");

    @Test
    void everyJavaMigrationOfTheCorpusIsReadAndItsSqlPlacedInTheFile() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
        Settings defaults = Settings.defaults();
        JavaMigrationReader reader = new JavaMigrationReader(defaults.java().migrationBaseClasses(),
                defaults.java().rollbackMethods());
        Map<String, int[]> byRepository = new TreeMap<>();
        int total = 0;
        for (String repository : REPOSITORIES) {
            Path root = CORPUS.resolve(repository);
            Assumptions.assumeTrue(Files.isDirectory(root), "no " + root);
            Dialect dialect = repository.startsWith("gchq") || repository.startsWith("SCADA")
                    || repository.startsWith("MyCollab") ? Dialect.MYSQL : Dialect.POSTGRESQL;
            Recognizer recognizer = new Recognizer(dialect, "public");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(f -> f.getFileName().toString().matches("[VUR]\\w*__\\w+\\.java")).sorted()
                        .toList();
            }
            int[] counts = new int[5];
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String path = CORPUS.relativize(file).toString().replace('\\', '/');
                JavaMigrationReader.Reading reading = reader.read(text, path, (s, q) -> List.of());
                JavaScript script = JavaScript.of(text, reading, LexOptions.of(dialect));
                assertTrue(reading.problems().isEmpty(), () -> path + ": " + reading.problems());
                JavaMigrationReaderTest.assertTokensInPlace(text, script);
                for (RawStatement s : script.statements()) {
                    Fact fact = recognizer.recognize(s.tokens());
                    if (!(fact instanceof Fact.Unrecognized)) {
                        counts[3]++;
                    }
                }
                counts[0]++;
                counts[1] += reading.migration() ? 1 : 0;
                counts[2] += script.statements().size();
                counts[4] += reading.unresolvedSqlArguments();
            }
            byRepository.put(repository, counts);
            total += counts[2];
        }
        byRepository.forEach((repository, c) -> System.out.printf(
                "java corpus: %-40s %3d files, %3d migration classes, %4d SQL statements (%d recognized),"
                        + " %d SQL arguments built at run time%n", repository, c[0], c[1], c[2], c[3], c[4]));
        System.out.printf("java corpus: %d SQL statements extracted in all%n", total);
        assertEquals(REPOSITORIES.size(), byRepository.size());
        assertTrue(total > 100, "the corpus's Java migrations hold hundreds of SQL statements; found " + total);
    }
}
