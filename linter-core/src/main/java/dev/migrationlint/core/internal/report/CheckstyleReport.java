package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.spi.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML, which Jenkins (warnings-ng), SonarQube and reviewdog read: a {@code <file>} per linted path, with
 * an {@code <error>} per active finding; a path whose findings are all suppressed is listed without errors.
 * Severities are {@code error}, {@code warning} and {@code info}; {@code source} is {@code migration-lint.<rule-id>}.
 */
final class CheckstyleReport implements ReportWriter {

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        XmlOutput xml = XmlOutput.start(out).open("checkstyle", "version", "4.3");
        for (Map.Entry<String, List<Finding>> file : Findings.activeByPath(result.findings()).entrySet()) {
            if (file.getValue().isEmpty()) {
                xml.empty("file", "name", file.getKey());
                continue;
            }
            xml.open("file", "name", file.getKey());
            for (Finding finding : file.getValue()) {
                String severity = switch (finding.level()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case NOTE, OFF -> "info";
                };
                String source = "migration-lint." + finding.ruleId();
                String line = String.valueOf(finding.span().startLine());
                if (Findings.fileLevel(finding.span())) {
                    xml.empty("error", "line", line, "severity", severity, "message", finding.message(),
                            "source", source);
                } else {
                    xml.empty("error", "line", line, "column", String.valueOf(finding.span().startColumn()),
                            "severity", severity, "message", finding.message(), "source", source);
                }
            }
            xml.close();
        }
        xml.close().finish();
    }
}
