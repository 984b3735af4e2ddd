package dev.migrationlint.core.internal.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;

/**
 * The one JSON layout of every JSON-based format: two-space indentation, {@code "key": value}, {@code \n} line ends
 * whatever the platform (golden files and diffs stay byte-identical), and a final line end. The baseline file is
 * written in it too.
 */
public final class JsonOutput {

    /** Plain Jackson: records and collections as they are. */
    static final JsonOutput PLAIN = new JsonOutput(mapper().build());

    private final ObjectWriter writer;

    /** {@code mapper} must leave the caller's writer open ({@link #mapper()}). */
    public JsonOutput(JsonMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        writer = mapper.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    /** A mapper that leaves the caller's writer open, to add format-specific configuration to. */
    static JsonMapper.Builder mapper() {
        return JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    public void write(Object value, Writer out) throws IOException {
        writer.writeValue(out, value);
        out.write('\n');
        out.flush();
    }
}
