package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.ReportFormat;
import dev.migrationlint.core.ReportOptions;

import java.io.IOException;
import java.io.Writer;

/** Renders a {@link LintResult} in one {@link ReportFormat}. Writers are stateless and never close {@code out}. */
public interface ReportWriter {

    void write(LintResult result, ReportOptions options, Writer out) throws IOException;

    /** The writer of a format; {@link ReportFormat#writer()} is the usual way in. */
    static ReportWriter of(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextReport();
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport();
            case GITHUB -> new GithubAnnotations();
            case GITLAB -> new GitlabCodeQuality();
            case CHECKSTYLE -> new CheckstyleReport();
            case JUNIT -> new JunitReport();
        };
    }
}
