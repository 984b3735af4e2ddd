package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.ReportFormat;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.report.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Every format against its golden file in {@code src/test/resources/report/} (regenerate with
 * {@code -Dgolden.update=true}). The root folder is a fresh temporary one, so SARIF's {@code %SRCROOT%} URI is
 * replaced by {@code file:///ROOT/} before comparing; everything else is fixed by the fixture.
 */
class ReportGoldenTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void fullResult(ReportFormat format) throws IOException {
        LintResult result = ReportFixture.full(root);
        check("full." + format.id() + extension(format), format, result, ReportFixture.options(root));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void cleanResult(ReportFormat format) throws IOException {
        check("clean." + format.id() + extension(format), format, ReportFixture.clean(), ReportFixture.options(root));
    }

    @Test
    void textInColour() throws IOException {
        ReportOptions options = new ReportOptions(root, true, "0.1.0", false);
        check("full.text-color.txt", ReportFormat.TEXT, ReportFixture.full(root), options);
    }

    @Test
    void quietTextHasNoSummary() throws IOException {
        ReportOptions options = new ReportOptions(root, false, "0.1.0", true);
        check("full.text-quiet.txt", ReportFormat.TEXT, ReportFixture.full(root), options);
    }

    private void check(String golden, ReportFormat format, LintResult result, ReportOptions options)
            throws IOException {
        String output = ReportFixture.render(format, result, options);
        if (format == ReportFormat.SARIF) {
            SarifSchema.assertValid(output);
            output = output.replace(SarifReport.rootUri(options), "file:///ROOT/");
        }
        Golden.assertMatches(golden, output);
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT, GITHUB -> ".txt";
            case JSON, GITLAB -> ".json";
            case SARIF -> ".sarif";
            case CHECKSTYLE, JUNIT -> ".xml";
        };
    }
}
