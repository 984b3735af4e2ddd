package dev.migrationlint.core.spi;

import java.util.List;

/**
 * An ignore comment ({@code -- migration-lint: ignore ids -- reason} or {@code ignore-file}) and
 * how it was used in this run.
 *
 * @param reason     the text after the second {@code --}, or null when missing
 * @param unusedIds  the ids it names that suppressed nothing
 */
public record SuppressionComment(String path, Span span, List<String> ruleIds, String reason, boolean fileWide,
                                 List<String> unusedIds) {
    public SuppressionComment {
        ruleIds = List.copyOf(ruleIds);
        unusedIds = List.copyOf(unusedIds);
    }
}
