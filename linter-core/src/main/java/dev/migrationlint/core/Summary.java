package dev.migrationlint.core;

import java.util.Map;

/**
 * Counts of one run.
 *
 * @param locations        migration locations linted
 * @param files            migration files read
 * @param bytes            their size on disk (or in the git index), in bytes
 * @param statements       statements read
 * @param understood       statements the recognizer (or JSqlParser) understood
 * @param unrecognized     statements not understood, by their first words
 * @param millis           wall time of the run
 * @param discoveryMillis  the part of it spent finding locations and reading their layout (the rest is linting)
 * @param knownBaseline    findings matched by the baseline
 * @param staleBaseline    baseline entries that matched nothing
 */
public record Summary(int locations, int files, long bytes, long statements, long understood,
                      Map<String, Integer> unrecognized, long millis, long discoveryMillis,
                      int knownBaseline, int staleBaseline) {
    public Summary {
        unrecognized = Map.copyOf(unrecognized);
    }

    /** Share of statements understood, 0..100 (100 when there are none). */
    public double understoodPercent() {
        return statements == 0 ? 100.0 : 100.0 * understood / statements;
    }
}
