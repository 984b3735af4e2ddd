package dev.migrationlint.core.internal.baseline;

import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Suppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Findings with the baseline applied: a finding whose rule, path and fingerprint an entry records is suppressed
 * ({@link Suppression.Kind#EXTERNAL}), entry for finding: two identical findings need two entries, so a second copy
 * of an accepted hazard is new. Entries that matched nothing are stale (the hazard was fixed, the entry can go);
 * only entries of paths the run looked at count, so that linting one file does not call the rest stale.
 *
 * @param findings the findings, in their order, baseline matches suppressed
 * @param known    findings the baseline matched
 * @param stale    entries of linted paths that matched no finding
 */
public record BaselineMatch(List<Finding> findings, int known, int stale) {

    public BaselineMatch {
        findings = List.copyOf(findings);
    }

    /**
     * @param justification the suppression's justification, e.g. naming the baseline file
     * @param linted        whether a path was linted in this run
     */
    public static BaselineMatch apply(BaselineFile baseline, List<Finding> findings, String justification,
                                      Predicate<String> linted) {
        Map<BaselineFile.Key, Integer> remaining = new HashMap<>();
        for (BaselineFile.Entry e : baseline.findings()) {
            remaining.merge(e.key(), 1, Integer::sum);
        }
        List<Finding> result = new ArrayList<>(findings.size());
        int known = 0;
        for (Finding f : findings) {
            BaselineFile.Key key = BaselineFile.Key.of(f);
            Integer left = f.suppressed() ? null : remaining.get(key);
            if (left != null && left > 0) {
                remaining.put(key, left - 1);
                result.add(f.withSuppression(new Suppression(Suppression.Kind.EXTERNAL, justification)));
                known++;
            } else {
                result.add(f);
            }
        }
        int stale = 0;
        for (Map.Entry<BaselineFile.Key, Integer> e : remaining.entrySet()) {
            if (e.getValue() > 0 && linted.test(e.getKey().path())) {
                stale += e.getValue();
            }
        }
        return new BaselineMatch(result, known, stale);
    }
}
