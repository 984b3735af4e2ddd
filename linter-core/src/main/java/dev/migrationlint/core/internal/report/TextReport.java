package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.Notification;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.Summary;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * For people at a terminal, after rustc and Squawk: each active finding as
 * {@code path:line:col: level[rule-id] message}, a code frame with carets under the statement, the help and the
 * rule's doc link; then the notifications no finding reports, and one summary line. Suppressed findings only
 * count in the summary.
 */
final class TextReport implements ReportWriter {

    private static final int FILES_PER_BATCH = 256;

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        Palette palette = new Palette(options.color());
        Map<String, LintResult.EnabledRule> rules = Findings.rulesById(result);
        List<Map.Entry<String, List<Finding>>> files = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> file : Findings.activeByPath(result.findings()).entrySet()) {
            if (!file.getValue().isEmpty()) {
                files.add(file);
            }
        }
        // Files are rendered in parallel (each reads its lines back for the frames), a batch at a time so
        // that a large report is not held whole; a blank line between findings, none at the end of a quiet report.
        boolean any = false;
        for (int from = 0; from < files.size(); from += FILES_PER_BATCH) {
            List<String> rendered = files.subList(from, Math.min(files.size(), from + FILES_PER_BATCH))
                    .parallelStream().map(file -> file(file.getKey(), file.getValue(), rules, options, palette))
                    .toList();
            for (String text : rendered) {
                if (any) {
                    out.write('\n');
                }
                out.write(text);
                any = true;
            }
        }
        if (!options.quiet()) {
            StringBuilder notifications = new StringBuilder();
            for (Notification notification : result.notifications()) {
                if (!reportedByFinding(notification, result.findings())) {
                    notifications.append(notification(notification, palette));
                }
            }
            if (!notifications.isEmpty()) {
                out.write((any ? "\n" : "") + notifications);
                any = true;
            }
            out.write((any ? "\n" : "") + summary(result, palette) + "\n");
        }
        out.flush();
    }

    /** One file's findings, each followed by its frame, help and docs, with a blank line between them. */
    private static String file(String path, List<Finding> findings, Map<String, LintResult.EnabledRule> rules,
                               ReportOptions options, Palette palette) {
        Map<Integer, String> source = sourceOf(path, findings, options);
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            appendFinding(text, finding, source, rules.get(finding.ruleId()), palette);
        }
        return text.toString();
    }

    /** The lines the frames of one file's findings show, read once per file. */
    private static Map<Integer, String> sourceOf(String path, List<Finding> findings, ReportOptions options) {
        TreeSet<Integer> wanted = new TreeSet<>();
        for (Finding finding : findings) {
            if (!Findings.fileLevel(finding.span())) {
                wanted.addAll(CodeFrame.lines(finding.span()));
            }
        }
        return SourceLines.read(options.root(), path, wanted, options.contents());
    }

    private static void appendFinding(StringBuilder text, Finding finding, Map<Integer, String> source,
                                      LintResult.EnabledRule rule, Palette palette) {
        List<String> message = printableLines(finding.message());
        text.append(palette.bold(printable(finding.path()) + ":" + finding.span().startLine() + ":"
                        + finding.span().startColumn() + ":"))
                .append(' ')
                .append(palette.level(finding.level(), finding.level().id() + "[" + finding.ruleId() + "]"))
                .append(' ')
                .append(palette.bold(message.get(0)))
                .append('\n');
        for (String more : message.subList(1, message.size())) {
            text.append("  ").append(palette.bold(more)).append('\n');
        }
        if (!Findings.fileLevel(finding.span())) {
            for (String line : CodeFrame.render(finding.span(), source, finding.level(), palette)) {
                text.append(line).append('\n');
            }
        }
        if (Findings.hasHelp(finding)) {
            List<String> help = printableLines(finding.help());
            text.append("  ").append(palette.help("help:")).append(' ').append(help.get(0)).append('\n');
            for (String more : help.subList(1, help.size())) {
                text.append("        ").append(more).append('\n');
            }
        }
        if (rule != null) {
            text.append("  ").append(palette.help("docs:")).append(' ').append(rule.descriptor().helpUri())
                    .append('\n');
        }
    }

    /**
     * True when a finding already tells of a notification's place (the meta rules turn reading problems into
     * findings): a notification is printed only where no finding is, so that nothing is said twice or swallowed.
     */
    private static boolean reportedByFinding(Notification notification, List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.path().equals(notification.path())
                && (notification.span() == null
                ? Findings.fileLevel(f.span())
                : f.span().startLine() == notification.span().startLine()));
    }

    /** {@code path:line:col: level: message}, or {@code level: message} for the whole run. */
    private static String notification(Notification notification, Palette palette) {
        StringBuilder text = new StringBuilder();
        if (notification.path() != null) {
            String place = printable(notification.path());
            if (notification.span() != null) {
                place += ":" + notification.span().startLine() + ":" + notification.span().startColumn();
            }
            text.append(palette.bold(place + ":")).append(' ');
        }
        List<String> message = printableLines(notification.message());
        text.append(palette.level(notification.level(), notification.level().id() + ":")).append(' ')
                .append(message.get(0)).append('\n');
        for (String more : message.subList(1, message.size())) {
            text.append("  ").append(more).append('\n');
        }
        return text.toString();
    }

    /**
     * {@code Checked 5 files, 9 statements (1 not understood, 11.1%): 3 errors, 1 warning, 1 note, 2 suppressed
     * in 0.42s}; with a baseline in use, {@code baseline: 4 known, 1 stale}: findings it accepted, and entries that
     * matched nothing (the hazard is gone; the entry can be removed by rewriting the baseline).
     */
    private static String summary(LintResult result, Palette palette) {
        Summary summary = result.summary();
        long notUnderstood = summary.statements() - summary.understood();
        long suppressed = result.findings().stream().filter(Finding::suppressed).count();
        StringBuilder line = new StringBuilder("Checked ")
                .append(count(summary.files(), "file", "files")).append(", ")
                .append(count(summary.statements(), "statement", "statements"))
                .append(String.format(Locale.ROOT, " (%d not understood, %.1f%%): ", notUnderstood,
                        100.0 - summary.understoodPercent()))
                .append(levelCount(result, Level.ERROR, palette)).append(", ")
                .append(levelCount(result, Level.WARNING, palette)).append(", ")
                .append(levelCount(result, Level.NOTE, palette)).append(", ")
                .append(suppressed).append(" suppressed");
        if (summary.knownBaseline() > 0 || summary.staleBaseline() > 0) {
            line.append(", baseline: ").append(summary.knownBaseline()).append(" known, ")
                    .append(summary.staleBaseline()).append(" stale");
        }
        return line.append(String.format(Locale.ROOT, " in %.2fs", summary.millis() / 1000.0)).toString();
    }

    private static String levelCount(LintResult result, Level level, Palette palette) {
        long n = result.count(level);
        String text = count(n, level.id(), level.id() + "s");
        return n == 0 ? text : palette.level(level, text);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static List<String> printableLines(String text) {
        return List.of(printable(text.replace("\r\n", "\n").replace('\r', '\n')).split("\n", -1));
    }

    /** Control characters other than line feeds and tabs become U+FFFD: a message must not restyle the terminal. */
    private static String printable(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(isControl(c) ? '\uFFFD' : c);
        }
        return clean.toString();
    }

    /** Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) other than LF and TAB. */
    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && c <= 0x9F;
    }
}
