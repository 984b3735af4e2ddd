package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.Notification;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.Summary;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Span;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings, suppressed ones included and marked, the summary and the notifications, for scripts. Field names
 * are a public contract, documented in {@code dev/migrationlint/core/report/json-format.md}: add fields, never
 * rename or remove one without raising {@link #FORMAT_VERSION}.
 */
final class JsonReport implements ReportWriter {

    static final int FORMAT_VERSION = 1;

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        JsonOutput.PLAIN.write(new Report(FORMAT_VERSION, options.toolVersion(),
                result.findings().stream().map(JsonReport::finding).toList(),
                summary(result),
                result.notifications().stream().map(JsonReport::notification).toList()), out);
    }

    private static JsonFinding finding(Finding f) {
        Span span = f.span();
        JsonSuppression suppression = f.suppressed()
                ? new JsonSuppression(switch (f.suppression().kind()) {
                    case IN_SOURCE -> "inSource";
                    case EXTERNAL -> "external";
                }, f.suppression().justification())
                : null;
        return new JsonFinding(f.ruleId(), f.level().id(), f.message(), f.help(), f.path(), span.startLine(),
                span.startColumn(), span.endLine(), span.endColumn(), f.fingerprint(), f.suppressed(), suppression);
    }

    private static JsonSummary summary(LintResult result) {
        Summary s = result.summary();
        return new JsonSummary(s.locations(), s.files(), s.statements(), s.understood(),
                s.statements() - s.understood(), new TreeMap<>(s.unrecognized()),
                result.count(Level.ERROR), result.count(Level.WARNING), result.count(Level.NOTE),
                result.findings().stream().filter(Finding::suppressed).count(),
                s.knownBaseline(), s.staleBaseline(), s.millis());
    }

    /** A notification about the whole run, or a whole file, has no span: its positions are null. */
    private static JsonNotification notification(Notification n) {
        Span span = n.span();
        return span == null
                ? new JsonNotification(n.level().id(), n.message(), n.path(), null, null, null, null)
                : new JsonNotification(n.level().id(), n.message(), n.path(), span.startLine(), span.startColumn(),
                        span.endLine(), span.endColumn());
    }

    private record Report(int version, String toolVersion, List<JsonFinding> findings, JsonSummary summary,
                          List<JsonNotification> notifications) {
    }

    private record JsonFinding(String ruleId, String level, String message, String help, String path, int line,
                               int column, int endLine, int endColumn, String fingerprint, boolean suppressed,
                               JsonSuppression suppression) {
    }

    private record JsonSuppression(String kind, String justification) {
    }

    private record JsonSummary(int locations, int files, long statements, long understood, long notUnderstood,
                               Map<String, Integer> unrecognized, long errors, long warnings, long notes,
                               long suppressed, int knownBaseline, int staleBaseline, long millis) {
    }

    private record JsonNotification(String level, String message, String path, Integer line, Integer column,
                                    Integer endLine, Integer endColumn) {
    }
}
