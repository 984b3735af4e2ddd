package dev.migrationlint.core.internal.discovery;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Discovers the shared corpus of real migration repositories in one call, as {@code check <corpus>} would. */
class CorpusDiscoveryTest {

    private static Path corpus;
    private static DiscoveryResult result;

    @BeforeAll
    static void discoverCorpus() throws MissingPathException {
        corpus = corpus();
        assumeTrue(corpus != null, "no ../shared/corpus beside the repository");
        long start = System.nanoTime();
        result = new Discovery(DiscoveryOptions.defaults(Path.of("").toAbsolutePath())).discover(List.of(corpus));
        System.out.printf("discovered %s in %d ms%n", corpus, (System.nanoTime() - start) / 1_000_000);
        print();
    }

    private static Path corpus() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("linter-core"))) {
                Path candidate = d.resolveSibling("shared").resolve("corpus").normalize();
                return Files.isDirectory(candidate) ? candidate : null;
            }
        }
        return null;
    }

    private static void print() {
        Map<String, List<Location>> byRepository = byRepository();
        StringBuilder out = new StringBuilder("\n");
        for (Map.Entry<String, List<Location>> entry : byRepository.entrySet()) {
            List<Location> locations = entry.getValue();
            out.append(String.format("%-40s %3d locations  %5d migrations  %4d rejected  %s%n", entry.getKey(),
                    locations.size(),
                    locations.stream().mapToInt(l -> l.migrations().size()).sum(),
                    locations.stream().mapToInt(l -> l.rejected().size()).sum(),
                    layouts(locations)));
            for (Location location : locations) {
                out.append(String.format("    %-100s %-14s %5d %4d %s%n", relative(location), location.layout(),
                        location.migrations().size(), location.rejected().size(),
                        location.dialectHint() == null ? "" : location.dialectHint().id()));
                location.rejected().forEach(r -> out.append("        rejected ").append(r.file().getFileName())
                        .append(": ").append(r.reason()).append('\n'));
            }
        }
        out.append("problems:\n");
        result.problems().forEach(p -> out.append("    ").append(p.path()).append(": ").append(p.message()).append('\n'));
        System.out.println(out);
    }

    private static Map<String, List<Location>> byRepository() {
        Map<String, List<Location>> byRepository = new TreeMap<>();
        try (Stream<Path> repositories = Files.list(corpus)) {
            repositories.filter(Files::isDirectory)
                    .forEach(r -> byRepository.put(r.getFileName().toString(), new java.util.ArrayList<>()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        for (Location location : result.locations()) {
            String repository = corpus.relativize(location.directory()).getName(0).toString();
            byRepository.get(repository).add(location);
        }
        return byRepository;
    }

    private static String relative(Location location) {
        return corpus.relativize(location.directory()).toString().replace('\\', '/');
    }

    private static String layouts(List<Location> locations) {
        return locations.stream().collect(Collectors.groupingBy(Location::layout, TreeMap::new, Collectors.counting()))
                .toString();
    }

    private static String dominantLayout(String repository) {
        return byRepository().get(repository).stream()
                .collect(Collectors.groupingBy(Location::layout, Collectors.summingInt(l -> l.migrations().size())))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("none");
    }

    @Test
    void findsTheLayoutsTheRepositoriesUse() {
        assertEquals("pop", dominantLayout("ory__kratos"));
        assertEquals("folder", dominantLayout("LemmyNet__lemmy"));
        assertEquals("folder", dominantLayout("zvodd__sourcegraph"));
        assertEquals("timestamp", dominantLayout("OpenLMIS__openlmis-referencedata"));
        assertEquals("goose", dominantLayout("openfga__openfga"));
        assertEquals("goose", dominantLayout("Permify__permify"));
        assertEquals("dbmate", dominantLayout("supabase__postgres"));
        assertEquals("sqlx", dominantLayout("atuinsh__atuin"));
        assertEquals("golang-migrate", dominantLayout("highlight__highlight"));
        assertEquals("flyway", dominantLayout("dhis2__dhis2-core"));
    }

    @Test
    void readsPerDialectFoldersAsSeparateLocations() {
        assertEquals(5, byRepository().get("eclipse__hawkbit").size());
        assertEquals(3, byRepository().get("kestra-io__kestra").size());
        assertTrue(byRepository().get("eclipse__hawkbit").stream().allMatch(l -> l.dialectHint() != null));
    }

    @Test
    void hintsMySqlForMySqlRepositoriesWithoutDialectFolders() {
        for (String repository : List.of("killbill__killbill", "gchq__stroom")) {
            List<Location> sql = byRepository().get(repository).stream()
                    .filter(l -> l.migrations().stream().anyMatch(m -> m.language() == Language.SQL)).toList();
            assertFalse(sql.isEmpty(), repository);
            // a location of plain CREATE INDEX statements shows no dialect: no hint, never a wrong one
            sql.forEach(l -> assertTrue(l.dialectHint() == null || l.dialectHint() == Dialect.MYSQL, l.path()));
            assertTrue(sql.stream().filter(l -> l.dialectHint() == Dialect.MYSQL).count() * 4 > sql.size() * 3,
                    repository);
        }
        byRepository().get("MyCollab__mycollab").stream().filter(l -> l.path().endsWith("db/migration"))
                .forEach(l -> assertEquals(Dialect.MYSQL, l.dialectHint(), l.path()));
    }

    @Test
    void findsNoMigrationsInTheRegressionSuite() {
        assertTrue(byRepository().get("postgres__regression-suite").isEmpty());
    }
}
