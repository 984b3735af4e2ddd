package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.spi.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML for CI servers that show test results (Jenkins, GitLab, Azure Pipelines): a {@code <testsuite>} per
 * linted path, a failing {@code <testcase>} per active finding, and one passing test case for a path whose findings
 * are all suppressed. As ESLint does, a test case's {@code classname} is the path without its extension, since
 * viewers split class names at dots. A run without any such path still gets one passing test case, because some
 * CI servers reject a report without tests.
 */
final class JunitReport implements ReportWriter {

    private static final String TOOL = "migration-lint";

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        Map<String, List<Finding>> files = Findings.activeByPath(result.findings());
        Map<String, LintResult.EnabledRule> rules = Findings.rulesById(result);
        int failures = result.active().size();
        int tests = files.isEmpty() ? 1 : failures + (int) files.values().stream().filter(List::isEmpty).count();
        XmlOutput xml = XmlOutput.start(out).open("testsuites", "name", TOOL, "tests", String.valueOf(tests),
                "failures", String.valueOf(failures), "errors", "0",
                "time", String.format(Locale.ROOT, "%.3f", result.summary().millis() / 1000.0));
        if (files.isEmpty()) {
            xml.open("testsuite", "name", TOOL, "tests", "1", "failures", "0", "errors", "0", "skipped", "0")
                    .empty("testcase", "name", "no findings", "classname", TOOL)
                    .close();
        }
        for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
            String path = file.getKey();
            List<Finding> findings = file.getValue();
            String classname = withoutExtension(path);
            xml.open("testsuite", "name", path, "tests", String.valueOf(Math.max(1, findings.size())),
                    "failures", String.valueOf(findings.size()), "errors", "0", "skipped", "0");
            if (findings.isEmpty()) {
                xml.empty("testcase", "name", TOOL, "classname", classname);
            }
            for (Finding finding : findings) {
                xml.open("testcase", "name", testName(finding), "classname", classname)
                        .open("failure", "message", finding.message(), "type", finding.ruleId())
                        .text(details(finding, rules.get(finding.ruleId())))
                        .close()
                        .close();
            }
            xml.close();
        }
        xml.close().finish();
    }

    /** {@code ban-set-not-null at 3:5}; a file-level finding is the rule id alone. */
    private static String testName(Finding finding) {
        return Findings.fileLevel(finding.span())
                ? finding.ruleId()
                : finding.ruleId() + " at " + finding.span().startLine() + ":" + finding.span().startColumn();
    }

    /** The failure's body, as the text report prints the finding without its code frame. */
    private static String details(Finding finding, LintResult.EnabledRule rule) {
        StringBuilder text = new StringBuilder()
                .append(finding.path()).append(':').append(finding.span().startLine()).append(':')
                .append(finding.span().startColumn()).append(": ")
                .append(finding.level().id()).append('[').append(finding.ruleId()).append("] ")
                .append(finding.message());
        if (Findings.hasHelp(finding)) {
            text.append("\nhelp: ").append(finding.help());
        }
        if (rule != null) {
            text.append("\ndocs: ").append(rule.descriptor().helpUri());
        }
        return text.toString();
    }

    private static String withoutExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }
}
