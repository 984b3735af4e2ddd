package dev.migrationlint.core.internal.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.migrationlint.core.AtomicFile;
import dev.migrationlint.core.UsageException;
import dev.migrationlint.core.internal.report.JsonOutput;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Suppression;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline file: findings a team accepted when it adopted the linter (or a rule), so that CI fails on new hazards
 * only, as ArchUnit's {@code FreezingArchRule} does. An entry is keyed by rule, path and fingerprint (the normalized
 * statement text, never a line number), so it survives edits above the statement; the message is there for the
 * reader of the file. Entries are sorted, so that the file diffs well and rewriting it unchanged changes nothing.
 *
 * @param version the format version, {@value #VERSION}
 */
public record BaselineFile(int version, List<Entry> findings) {

    public static final int VERSION = 1;
    /** Where the baseline lives when neither {@code --output}/{@code --baseline} nor the config says otherwise. */
    public static final String DEFAULT_NAME = ".migration-lint-baseline.json";

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    static final Comparator<Entry> ORDER = Comparator.nullsFirst(Comparator.comparing(Entry::path, NULLS_FIRST)
            .thenComparing(Entry::ruleId, NULLS_FIRST)
            .thenComparing(Entry::fingerprint, NULLS_FIRST)
            .thenComparing(Entry::message, NULLS_FIRST));

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final ObjectReader READER = JSON.readerFor(BaselineFile.class);
    private static final JsonOutput WRITER = new JsonOutput(JSON);

    /** One accepted finding. */
    public record Entry(String ruleId, String path, String fingerprint, String message) {
        Key key() {
            return new Key(ruleId, path, fingerprint);
        }
    }

    /** What a finding and an entry are matched on. */
    record Key(String ruleId, String path, String fingerprint) {
        static Key of(Finding f) {
            return new Key(f.ruleId(), f.path(), f.fingerprint());
        }
    }

    public BaselineFile {
        findings = findings == null ? List.of() : findings.stream().sorted(ORDER).toList();
    }

    /**
     * The baseline of a run: every finding that counts now, and those the baseline already accepted (so rewriting the
     * baseline keeps them); findings an ignore comment suppresses stay out, since the comment already accepts them.
     */
    public static BaselineFile of(List<Finding> findings) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.suppressed() || f.suppression().kind() == Suppression.Kind.EXTERNAL) {
                entries.add(new Entry(f.ruleId(), f.path(), f.fingerprint(), f.message()));
            }
        }
        return new BaselineFile(VERSION, entries);
    }

    /** Reads a baseline; a file that is not one is a {@link UsageException} naming it. */
    public static BaselineFile read(Path file) {
        BaselineFile baseline;
        try {
            baseline = READER.readValue(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UsageException("baseline " + file + " does not exist (write it with 'migration-lint baseline')");
        } catch (JsonProcessingException e) {
            throw new UsageException("baseline " + file + " is not a migration-lint baseline: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read the baseline " + file + ": " + e.getMessage());
        }
        if (baseline == null || baseline.version() != VERSION) {
            throw new UsageException("baseline " + file + " has version " + (baseline == null ? "none"
                    : baseline.version()) + "; this migration-lint reads version " + VERSION);
        }
        for (Entry e : baseline.findings()) {
            if (e == null || e.ruleId() == null || e.path() == null || e.fingerprint() == null) {
                throw new UsageException("baseline " + file + ": every entry needs ruleId, path and fingerprint");
            }
        }
        return baseline;
    }

    /** Writes the baseline atomically: a reader never sees half a file. */
    public void write(Path file) throws IOException {
        AtomicFile.write(file, out -> WRITER.write(this, out));
    }
}
