package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Span;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per active finding, which the runner turns into annotations on the pull
 * request: {@code ::error file=db/V2__x.sql,line=3,col=5,endLine=3,endColumn=40,title=ban-set-not-null::message}.
 * Levels map to {@code error}, {@code warning} and {@code notice}.
 */
final class GithubAnnotations implements ReportWriter {

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        for (Finding finding : result.active()) {
            out.write(command(finding));
            out.write('\n');
        }
        out.flush();
    }

    static String command(Finding finding) {
        Span span = finding.span();
        StringBuilder command = new StringBuilder("::").append(switch (finding.level()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE, OFF -> "notice";
        });
        command.append(" file=").append(property(finding.path()));
        if (Findings.fileLevel(span)) {
            command.append(",line=1");
        } else if (span.startLine() == span.endLine()) {
            command.append(",line=").append(span.startLine())
                    .append(",col=").append(span.startColumn())
                    .append(",endLine=").append(span.endLine())
                    .append(",endColumn=").append(span.endColumn());
        } else {
            // GitHub takes columns only for an annotation on one line; across lines it would drop the annotation.
            command.append(",line=").append(span.startLine())
                    .append(",endLine=").append(span.endLine());
        }
        return command.append(",title=").append(property(finding.ruleId()))
                .append("::").append(data(Findings.messageWithHelp(finding)))
                .toString();
    }

    /** The runner's escaping of a command's message: {@code %}, CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The runner's escaping of a property value: as a message, and {@code :} and {@code ,} which end a property. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
