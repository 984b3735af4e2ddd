package dev.migrationlint.core.bench;

import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.lex.SplitResult;
import dev.migrationlint.core.internal.lex.Splitter;
import dev.migrationlint.core.internal.recognize.Recognizer;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lexing, splitting and recognition of every {@code .sql} file of a corpus, on one thread. One operation is the
 * whole corpus; the {@code bytes} counter gives the throughput in bytes of SQL (UTF-8, as on disk) per second.
 * The warm-up is long because on a busy machine the JIT compiler, on another thread, gets little CPU.
 * The corpus is {@code -Dbench.corpus=DIR} (default {@code ../../shared/corpus}, the shared corpus seen from
 * linter-core). Files under a folder named {@code mysql} or {@code mariadb} are lexed as MySQL, the rest as
 * PostgreSQL, the default dialect.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class PipelineBenchmark {

    @Param("")
    public String corpus;

    private List<Script> scripts;
    private long totalBytes;

    record Script(String text, LexOptions options, Recognizer recognizer, long bytes) {
    }

    /**
     * Bytes processed, reported by JMH as a rate (bytes/s of wall time). On a machine shared with other work the
     * thread does not get a whole core, so each iteration also prints the rate per second of the thread's own CPU
     * time ({@code cpu-throughput: N MB/s}), which load does not dilute.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long bytes;
        private long cpuStart;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            cpuStart = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void report() {
            double seconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "%ncpu-throughput: %.1f MB/s%n", bytes / 1e6 / seconds);
        }
    }

    @Setup
    public void load() throws IOException {
        String dir = corpus.isEmpty() ? System.getProperty("bench.corpus", "../../shared/corpus") : corpus;
        Recognizer postgres = new Recognizer(Dialect.POSTGRESQL, "public");
        Recognizer mysql = new Recognizer(Dialect.MYSQL, "public");
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
            scripts = walk.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted()
                    .map(p -> {
                        try {
                            byte[] bytes = Files.readAllBytes(p);
                            boolean my = p.toString().toLowerCase(Locale.ROOT).matches(".*/(mysql|mariadb)/.*");
                            return new Script(new String(bytes, StandardCharsets.UTF_8),
                                    LexOptions.of(my ? Dialect.MYSQL : Dialect.POSTGRESQL), my ? mysql : postgres,
                                    bytes.length);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        }
        totalBytes = scripts.stream().mapToLong(Script::bytes).sum();
        if (scripts.isEmpty()) {
            throw new IllegalStateException("no .sql files under " + dir);
        }
        System.out.printf("corpus: %d files, %d bytes%n", scripts.size(), totalBytes);
    }

    @Benchmark
    public void lexSplitRecognize(Counters counters, Blackhole bh) {
        for (Script s : scripts) {
            SplitResult split = Splitter.split(s.text(), s.options());
            for (RawStatement statement : split.statements()) {
                Fact fact;
                try {
                    fact = s.recognizer().recognize(statement.tokens());
                } catch (RuntimeException | StackOverflowError e) {
                    fact = null;
                }
                bh.consume(fact);
            }
        }
        counters.bytes += totalBytes;
    }
}
