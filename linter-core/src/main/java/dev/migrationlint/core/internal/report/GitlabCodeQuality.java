package dev.migrationlint.core.internal.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.spi.Finding;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A GitLab Code Quality report: a JSON array with one issue per active finding. Severities: {@code error} is
 * {@code critical} (it fails the pipeline by default, so the merge request widget should rank it highest),
 * {@code warning} is {@code minor}, {@code note} is {@code info}. The fingerprint is the MD5 of the finding's
 * fingerprint, which has no line numbers, so GitLab keeps tracking an issue when lines shift; identical statements
 * in one file share a finding fingerprint and are told apart by their order.
 */
final class GitlabCodeQuality implements ReportWriter {

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (Finding finding : result.active()) {
            int occurrence = seen.merge(finding.fingerprint(), 1, Integer::sum);
            issues.add(new Issue(finding.message(), finding.ruleId(),
                    md5(occurrence == 1 ? finding.fingerprint() : finding.fingerprint() + "#" + occurrence),
                    switch (finding.level()) {
                        case ERROR -> "critical";
                        case WARNING -> "minor";
                        case NOTE, OFF -> "info";
                    },
                    new Location(finding.path(), new Lines(finding.span().startLine()))));
        }
        JsonOutput.PLAIN.write(issues, out);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }

    private record Issue(String description, @JsonProperty("check_name") String checkName, String fingerprint,
                         String severity, Location location) {
    }

    private record Location(String path, Lines lines) {
    }

    private record Lines(int begin) {
    }
}
