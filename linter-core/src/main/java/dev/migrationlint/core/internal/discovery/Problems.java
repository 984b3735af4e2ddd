package dev.migrationlint.core.internal.discovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects what a discovery run skipped or could not read, with paths as reports show them; thread-safe, listed by
 * path and message so that parallel reading does not change the order.
 */
final class Problems {

    private final PathDisplay display;
    private final List<DiscoveryProblem> problems = new ArrayList<>();

    Problems(PathDisplay display) {
        this.display = display;
    }

    synchronized void add(Path path, String message) {
        DiscoveryProblem problem = new DiscoveryProblem(display.display(path), message);
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    synchronized List<DiscoveryProblem> list() {
        return problems.stream()
                .sorted(Comparator.comparing(DiscoveryProblem::path).thenComparing(DiscoveryProblem::message))
                .toList();
    }
}
