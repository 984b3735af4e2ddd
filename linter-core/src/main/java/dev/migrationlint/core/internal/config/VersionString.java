package dev.migrationlint.core.internal.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/**
 * Reads a version. YAML reads {@code 10.10} as the number 10.1, so decimals must be quoted;
 * whole numbers ({@code 15}) are unambiguous and accepted.
 */
final class VersionString extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
            return p.getText();
        }
        throw InvalidFormatException.from(p, "write the version as a string, e.g. targetVersion: \"" + p.getText()
                + "\" (YAML reads unquoted decimals as numbers)", p.getText(), String.class);
    }
}
