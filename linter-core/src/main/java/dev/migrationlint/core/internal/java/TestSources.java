package dev.migrationlint.core.internal.java;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The test sources of modules ({@code <module>/src/test/java}, {@code kotlin}, {@code groovy} next to the
 * {@code src/main} that holds a migration), read once per module on first need: which test files mention a class.
 */
public final class TestSources {

    private static final List<String> KINDS = List.of("java", "kotlin", "groovy");
    private static final Pattern WORD = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
    private static final long MAX_FILE_BYTES = 4L << 20;

    /** The words (dotted names) of each test file, by module test folder. */
    private final Map<Path, List<TestFile>> modules = new ConcurrentHashMap<>();

    private record TestFile(Path file, Set<String> words) {
    }

    /**
     * A lookup for the migration file {@code file} whose report path is {@code path}: the test files (as report
     * paths) that name the class simply or qualified.
     */
    public JavaMigrationReader.TestLookup forMigration(Path file, String path) {
        return (simple, qualified) -> {
            Path testDir = testFolder(file);
            if (testDir == null) {
                return List.of();
            }
            Path root = reportRoot(file, path);
            List<String> found = new ArrayList<>();
            for (TestFile t : modules.computeIfAbsent(testDir, TestSources::read)) {
                if (t.words().contains(simple) || t.words().contains(qualified)) {
                    found.add(root.relativize(t.file()).toString().replace('\\', '/'));
                }
            }
            return found;
        };
    }

    /** {@code <module>/src/test} for a file below {@code <module>/src/main}; null when the file is elsewhere. */
    static Path testFolder(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
            if (dir.getFileName().toString().equals("main") && dir.getParent().getFileName() != null
                    && dir.getParent().getFileName().toString().equals("src")) {
                return dir.getParent().resolve("test");
            }
        }
        return null;
    }

    private static Path reportRoot(Path file, String path) {
        Path root = file.toAbsolutePath().normalize();
        for (int i = path.split("/").length; i > 0 && root.getParent() != null; i--) {
            root = root.getParent();
        }
        return root;
    }

    private static List<TestFile> read(Path testDir) {
        List<TestFile> files = new ArrayList<>();
        for (String kind : KINDS) {
            Path dir = testDir.resolve(kind);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).filter(TestSources::isSource).sorted().toList()) {
                    Set<String> words = words(f);
                    if (!words.isEmpty()) {
                        files.add(new TestFile(f, words));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable test tree references nothing.
            }
        }
        return files;
    }

    private static boolean isSource(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".kt") || name.endsWith(".groovy");
    }

    private static Set<String> words(Path f) {
        Set<String> words = new HashSet<>();
        try {
            if (Files.size(f) > MAX_FILE_BYTES) {
                return words;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f)))
                        .toString();
            } catch (CharacterCodingException e) {
                text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            }
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                words.add(w);
                int dot = w.lastIndexOf('.');
                // a.b.C.method: also a.b.C and C
                while (dot > 0) {
                    words.add(w.substring(dot + 1));
                    w = w.substring(0, dot);
                    words.add(w);
                    dot = w.lastIndexOf('.');
                }
            }
        } catch (IOException e) {
            return words;
        }
        return words;
    }
}
