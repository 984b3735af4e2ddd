package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How several formats present findings alike. */
final class Findings {

    private Findings() {
    }

    /**
     * True for a finding about a whole file (misnamed, binary, unreadable) rather than a statement; such findings
     * carry {@link Span#FILE}, and formats point at the file without a column. A missing span counts as one.
     */
    static boolean fileLevel(Span span) {
        return span == null || span.equals(Span.FILE);
    }

    static boolean hasHelp(Finding finding) {
        return finding.help() != null && !finding.help().isBlank();
    }

    /** The message, then the help on a new line: one text for formats without a separate help field. */
    static String messageWithHelp(Finding finding) {
        return hasHelp(finding) ? finding.message() + "\n" + finding.help() : finding.message();
    }

    /** The enabled rules by id, for their doc links. */
    static Map<String, LintResult.EnabledRule> rulesById(LintResult result) {
        Map<String, LintResult.EnabledRule> rules = new HashMap<>();
        result.enabledRules().forEach(rule -> rules.putIfAbsent(rule.descriptor().id(), rule));
        return rules;
    }

    /**
     * Active findings by path, paths in report order. A path whose findings are all suppressed maps to an empty
     * list: it was linted and is clean, which the XML formats show as a passing file.
     */
    static Map<String, List<Finding>> activeByPath(List<Finding> findings) {
        Map<String, List<Finding>> byPath = new LinkedHashMap<>();
        for (Finding finding : findings) {
            List<Finding> active = byPath.computeIfAbsent(finding.path(), p -> new ArrayList<>());
            if (!finding.suppressed()) {
                active.add(finding);
            }
        }
        return byPath;
    }
}
