package dev.migrationlint.core.internal.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.ReportOptions;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleDescriptor;
import dev.migrationlint.core.spi.Span;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, every enabled rule in {@code tool.driver.rules} sorted by
 * id, one result per finding (suppressed ones carry {@code suppressions}, so that a viewer shows them as accepted
 * rather than losing them), locations relative to {@code %SRCROOT%}, and reading problems as tool execution
 * notifications. Built with the java-sarif model, whose classes leave out unset and default members.
 */
final class SarifReport implements ReportWriter {

    static final URI SCHEMA =
            URI.create("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    static final URI INFORMATION = URI.create("https://github.com/migration-lint/migration-lint");
    static final String SRCROOT = "%SRCROOT%";
    /** Versioned so that a change of how fingerprints are computed does not reopen every alert under the old key. */
    static final String FINGERPRINT = "migrationLint/v1";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final JsonOutput JSON = new JsonOutput(JsonOutput.mapper()
            .addMixIn(Result.class, ExplicitLevel.class)
            .addMixIn(ReportingConfiguration.class, ExplicitLevel.class)
            .addMixIn(Notification.class, ExplicitLevel.class)
            .build());

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        List<LintResult.EnabledRule> rules = result.enabledRules().stream()
                .sorted(Comparator.comparing(r -> r.descriptor().id()))
                .toList();
        Map<String, Integer> ruleIndex = new HashMap<>();
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (LintResult.EnabledRule rule : rules) {
            if (ruleIndex.putIfAbsent(rule.descriptor().id(), descriptors.size()) == null) {
                descriptors.add(descriptor(rule));
            }
        }
        ToolComponent driver = new ToolComponent()
                .withName("migration-lint")
                .withVersion(options.toolVersion())
                .withSemanticVersion(options.toolVersion())
                .withInformationUri(INFORMATION)
                .withRules(descriptors);
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withInvocations(List.of(invocation(result)))
                .withOriginalUriBaseIds(new OriginalUriBaseIds()
                        .withAdditionalProperty(SRCROOT, new ArtifactLocation().withUri(rootUri(options))))
                .withResults(result.findings().stream().map(f -> result(f, ruleIndex.get(f.ruleId()))).toList())
                .withAutomationDetails(new RunAutomationDetails().withId("migration-lint/"))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        JSON.write(new SarifSchema210()
                .with$schema(SCHEMA)
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run)), out);
    }

    /**
     * java-sarif leaves out members equal to the schema's defaults, {@code level: "warning"} among them; a level is
     * written out all the same, so that every result and rule says what it is without the reader knowing defaults.
     */
    private abstract static class ExplicitLevel {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object level;
    }

    private static ReportingDescriptor descriptor(LintResult.EnabledRule rule) {
        RuleDescriptor d = rule.descriptor();
        String doc = rule.docMarkdown() == null || rule.docMarkdown().isBlank() ? null : rule.docMarkdown();
        String problem = doc == null ? null : problemSection(doc);
        Set<String> tags = new LinkedHashSet<>();
        tags.add(d.category().id());
        tags.addAll(d.tags());
        return new ReportingDescriptor()
                .withId(d.id())
                .withName(pascalCase(d.id()))
                .withShortDescription(new MultiformatMessageString().withText(d.summary()))
                .withFullDescription(new MultiformatMessageString().withText(problem == null ? d.summary() : problem))
                .withHelpUri(URI.create(d.helpUri()))
                .withHelp(doc == null
                        ? new MultiformatMessageString()
                                .withText(d.summary() + "\n\n" + d.helpUri())
                                .withMarkdown(d.summary() + "\n\n[" + d.id() + "](" + d.helpUri() + ")")
                        // Markdown source reads well as plain text, so a text-only viewer still gets the whole page.
                        : new MultiformatMessageString().withText(doc).withMarkdown(doc))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(switch (rule.level()) {
                    case ERROR -> ReportingConfiguration.Level.ERROR;
                    case WARNING -> ReportingConfiguration.Level.WARNING;
                    case NOTE -> ReportingConfiguration.Level.NOTE;
                    case OFF -> ReportingConfiguration.Level.NONE;
                }))
                .withProperties(new PropertyBag().withTags(tags));
    }

    private static Result result(Finding f, Integer ruleIndex) {
        Result result = new Result()
                .withRuleId(f.ruleId())
                .withLevel(level(f.level()))
                .withMessage(new Message().withText(Findings.messageWithHelp(f)))
                .withLocations(List.of(location(f.path(), f.span())))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty(FINGERPRINT, f.fingerprint()));
        // Unset for a rule that is not enabled (an engine finding): the model's default -1 means "none";
        // null would be written out, and the schema rejects it.
        if (ruleIndex != null) {
            result.setRuleIndex(ruleIndex);
        }
        if (f.suppressed()) {
            String justification = f.suppression().justification();
            result.setSuppressions(Set.of(new Suppression()
                    .withKind(switch (f.suppression().kind()) {
                        case IN_SOURCE -> Suppression.Kind.IN_SOURCE;
                        case EXTERNAL -> Suppression.Kind.EXTERNAL;
                    })
                    .withJustification(justification == null || justification.isBlank() ? null : justification)));
        }
        return result;
    }

    private static Invocation invocation(LintResult result) {
        List<Notification> notifications = result.notifications().stream()
                .map(n -> new Notification()
                        .withLocations(n.path() == null ? null : Set.of(location(n.path(), n.span())))
                        .withMessage(new Message().withText(n.message()))
                        .withLevel(switch (n.level()) {
                            case ERROR -> Notification.Level.ERROR;
                            case WARNING -> Notification.Level.WARNING;
                            case NOTE -> Notification.Level.NOTE;
                            case OFF -> Notification.Level.NONE;
                        }))
                .toList();
        // Reading problems are findings and notifications, never a failed run: the run itself completed.
        return new Invocation()
                .withExecutionSuccessful(true)
                .withToolExecutionNotifications(notifications.isEmpty() ? null : notifications);
    }

    /** A file-level finding points at the file's first line, since GitHub wants a region for every result. */
    private static Location location(String path, Span span) {
        Region region = Findings.fileLevel(span)
                ? new Region().withStartLine(1)
                : new Region()
                        .withStartLine(span.startLine())
                        .withStartColumn(span.startColumn())
                        .withEndLine(span.endLine())
                        .withEndColumn(span.endColumn());
        return new Location().withPhysicalLocation(new PhysicalLocation()
                .withArtifactLocation(new ArtifactLocation().withUri(relativeUri(path)).withUriBaseId(SRCROOT))
                .withRegion(region));
    }

    private static Result.Level level(Level level) {
        return switch (level) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
            case OFF -> Result.Level.NONE;
        };
    }

    /**
     * A report path as a relative URI reference: every byte of its UTF-8 form outside RFC 3986's unreserved set and
     * {@code /} is percent-encoded, so spaces, {@code #}, {@code %}, {@code :} and non-ASCII names stay one path.
     */
    static String relativeUri(String path) {
        StringBuilder uri = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return uri.toString();
    }

    /** The root as a {@code file:} URI ending in {@code /}, as SARIF requires of a base that paths resolve against. */
    static String rootUri(ReportOptions options) {
        String uri = options.root().toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** {@code ban-set-not-null} is {@code BanSetNotNull}, as the rule's class is named. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder(id.length());
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        return name.toString();
    }

    /** The text of the doc page's "Problem" section (see style.md), the rule's full description; null when absent. */
    static String problemSection(String markdown) {
        StringBuilder section = null;
        for (String line : markdown.split("\r\n|\r|\n")) {
            if (line.startsWith("#")) {
                if (section != null) {
                    break;
                }
                if (line.replaceFirst("^#+", "").trim().equalsIgnoreCase("Problem")) {
                    section = new StringBuilder();
                }
            } else if (section != null) {
                section.append(line).append('\n');
            }
        }
        return section == null || section.isEmpty() || section.toString().isBlank() ? null : section.toString().strip();
    }
}
