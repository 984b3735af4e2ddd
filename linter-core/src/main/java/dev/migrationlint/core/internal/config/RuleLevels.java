package dev.migrationlint.core.internal.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.migrationlint.core.spi.Level;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code rules:} map of rule id to level, remembering the line each id was written on so that
 * an unknown id can be reported at its line once the rule registry is known.
 */
public record RuleLevels(Map<String, Level> levels, Map<String, Integer> lines) {

    public RuleLevels {
        levels = Map.copyOf(levels);
        lines = Map.copyOf(lines);
    }

    static final class Deserializer extends JsonDeserializer<RuleLevels> {
        @Override
        public RuleLevels deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (RuleLevels) ctxt.handleUnexpectedToken(RuleLevels.class, p);
            }
            Map<String, Level> levels = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                p.nextToken();
                String text = p.getValueAsString();
                if (text == null && p.currentToken() == JsonToken.VALUE_FALSE) {
                    text = "off";
                }
                try {
                    levels.put(id, Level.parse(text == null ? "" : text));
                } catch (IllegalArgumentException e) {
                    throw InvalidFormatException.from(p, "rule '" + id + "': " + e.getMessage(), text, Level.class);
                }
                lines.put(id, line);
            }
            return new RuleLevels(levels, lines);
        }
    }
}
