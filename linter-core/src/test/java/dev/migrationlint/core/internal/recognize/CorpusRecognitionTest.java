package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.lex.Splitter;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Recognizes every statement of the shared corpus of real migrations (skipped when the corpus
 * is not next to the repository): nothing may throw, and the share of statements recognized is
 * printed per dialect with the most frequent unrecognized commands, which is how the recognizer's
 * grammar is grown.
 */
class CorpusRecognitionTest {

    /**
     * Path words of other databases' files, and projects written for another database, that the
     * path rule reads as PostgreSQL; reported apart so that the PostgreSQL share is about PostgreSQL.
     */
    private static final Set<String> OTHER_DATABASE_WORDS = Set.of("sqlite", "sqlite3", "sqlserver", "mssql",
            "oracle", "h2", "db2", "hsql", "hsqldb", "clickhouse", "cockroach", "cockroachdb", "sqlanywhere",
            "derby");
    private static final List<String> OTHER_DATABASE_PROJECTS = List.of("gchq__stroom", "killbill__killbill",
            "mycollab__mycollab", "scada-lts__scada-lts", "highlight__highlight", "status-im__status-go");

    private static String bucket(String path, Dialect dialect) {
        if (dialect == Dialect.MYSQL) {
            return "mysql";
        }
        boolean otherWord = Arrays.stream(path.split("[^a-z0-9]+")).anyMatch(OTHER_DATABASE_WORDS::contains);
        boolean otherProject = OTHER_DATABASE_PROJECTS.stream().anyMatch(path::startsWith) && !path.contains("postgres");
        return otherWord || otherProject ? "other (read as postgresql)" : "postgresql";
    }

    @Test
    void recognizesTheCorpus() throws IOException {
        Path corpus = corpus();
        assumeTrue(corpus != null, "the shared corpus is not next to the repository");
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> unrecognized = new HashMap<>();
        Map<Dialect, Recognizer> recognizers = new EnumMap<>(Dialect.class);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            String path = corpus.relativize(file).toString().toLowerCase(Locale.ROOT);
            Dialect dialect = path.contains("mysql") || path.contains("mariadb") ? Dialect.MYSQL : Dialect.POSTGRESQL;
            Recognizer recognizer = recognizers.computeIfAbsent(dialect, d -> new Recognizer(d, "public"));
            String bucket = bucket(path, dialect);
            int[] count = counts.computeIfAbsent(bucket, b -> new int[2]);
            int[] dialectCount = counts.computeIfAbsent("all read as " + dialect.id(), b -> new int[2]);
            for (RawStatement s : Splitter.split(read(file), LexOptions.of(dialect)).statements()) {
                Fact fact = assertDoesNotThrow(() -> recognizer.recognize(s.tokens()), file::toString);
                count[0]++;
                dialectCount[0]++;
                if (fact instanceof Fact.Unrecognized u) {
                    count[1]++;
                    dialectCount[1]++;
                    unrecognized.merge(bucket.charAt(0) + " " + u.command(), 1, Integer::sum);
                }
            }
        }
        List<String> report = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> report.add(String.format(
                Locale.ROOT, "%-28s %6d statements, %5.2f%% recognized", e.getKey(), e.getValue()[0],
                100.0 * (e.getValue()[0] - e.getValue()[1]) / Math.max(1, e.getValue()[0]))));
        report.add("most frequent unrecognized (bucket initial, command):");
        unrecognized.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(30)
                .forEach(e -> report.add(String.format(Locale.ROOT, "  %5d  %s", e.getValue(), e.getKey())));
        System.out.println(String.join(System.lineSeparator(), report));
        int[] pg = counts.getOrDefault("postgresql", new int[2]);
        assertTrue(pg[0] == 0 || (pg[0] - pg[1]) * 100L >= 97L * pg[0], "PostgreSQL share below 97%");
    }

    private static String read(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    }

    /** {@code ../shared/corpus} from the repository root (the folder holding {@code linter-core}). */
    private static Path corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("linter-core"))) {
                Path corpus = dir.resolveSibling("shared").resolve("corpus");
                return Files.isDirectory(corpus) ? corpus : null;
            }
        }
        return null;
    }
}
