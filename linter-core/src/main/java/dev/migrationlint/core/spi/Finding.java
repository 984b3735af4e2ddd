package dev.migrationlint.core.spi;

import java.util.Comparator;

/**
 * One reported problem.
 *
 * @param path        where, as reports show paths
 * @param fingerprint stable across line shifts: rule, path and the normalized statement text
 * @param suppression non-null when an ignore comment or the baseline accepted it
 */
public record Finding(String ruleId, Level level, String message, String help, String path, Span span,
                      String fingerprint, Suppression suppression) {

    /** Path, line, column, rule: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(f -> f.span().startLine())
            .thenComparingInt(f -> f.span().startColumn())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, level, message, help, path, span, fingerprint, s);
    }
}
