package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Dialect;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs every real migration of the shared corpus through the splitter: no exception, no runaway file, exact positions. */
class CorpusSplitTest {

    private static final Duration PER_FILE = Duration.ofSeconds(10);

    /** The corpus sits next to the repository: {@code <repo>/../shared/corpus}. */
    static Path corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("linter-core"))) {
                return dir.resolve("../shared/corpus").normalize();
            }
        }
        return Path.of("/nonexistent");
    }

    static List<Path> sqlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    static Dialect guess(Path file) {
        String path = file.toString().toLowerCase(Locale.ROOT);
        return path.contains("mysql") || path.contains("mariadb") ? Dialect.MYSQL : Dialect.POSTGRESQL;
    }

    static String read(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    @Test
    void everyCorpusFileSplits() throws IOException {
        Path root = corpus();
        assumeTrue(Files.isDirectory(root), "corpus not found at " + root);
        long files = 0;
        long chars = 0;
        long statements = 0;
        long problems = 0;
        long nanos = 0;
        for (Path file : sqlFiles(root)) {
            String source = read(file);
            LexOptions options = LexOptions.of(guess(file)).withGooseBlocks(true);
            long t0 = System.nanoTime();
            SplitResult result = assertTimeoutPreemptively(PER_FILE, () -> Splitter.split(source, options),
                    file.toString());
            nanos += System.nanoTime() - t0;
            SplitInvariantsTest.assertConsistent(source, result);
            files++;
            chars += source.length();
            statements += result.statements().size();
            problems += result.problems().size();
        }
        System.out.printf(Locale.ROOT, "corpus: %d files, %.2f MB, %d statements, %d problems, %.2f s%n",
                files, chars / 1e6, statements, problems, nanos / 1e9);
    }

    @Test
    void streamingAgreesWithInMemorySplittingOnTheCorpus() throws IOException {
        Path root = corpus();
        assumeTrue(Files.isDirectory(root), "corpus not found at " + root);
        List<Path> files = sqlFiles(root);
        // Every 25th file through a reader that returns a few chars at a time crosses buffer refills everywhere.
        for (int i = 0; i < files.size(); i += 25) {
            Path file = files.get(i);
            String source = read(file);
            LexOptions options = LexOptions.of(guess(file)).withGooseBlocks(true);
            assertEquals(Splitter.split(source, options), SplitterTest.streamed(source, options), file.toString());
        }
    }
}
