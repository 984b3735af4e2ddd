package dev.migrationlint.core.internal.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds and strictly reads {@code .migration-lint.yml}. */
public final class ConfigLoader {

    public static final String FILE_NAME = ".migration-lint.yml";

    /** Created on first load only: a run without a config file never pays Jackson's start-up. */
    private static final class Strict {
        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private ConfigLoader() {
    }

    /** The nearest {@code .migration-lint.yml} from {@code start} upward, if any. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Reads a config file; throws {@link ConfigException} naming the file, line and key on any problem. */
    public static ConfigFile load(Path file) {
        String display = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(display + ": cannot read the configuration file: " + e.getMessage());
        }
        if (bytes.length > 1 << 20) {
            throw new ConfigException(display + ": the configuration file is larger than 1 MiB");
        }
        try {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            if (text.isBlank()) {
                return ConfigFile.EMPTY;
            }
            ConfigFile config = Strict.YAML.readerFor(ConfigFile.class).withHandler(new UnknownKeys(display, text))
                    .readValue(text);
            return config == null ? ConfigFile.EMPTY : config;
        } catch (JsonMappingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConfigException c) {
                    throw c;
                }
            }
            throw new ConfigException(at(display, keyLocation(e)) + "invalid value for '" + path(e) + "': "
                    + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ConfigException(at(display, e.getLocation()) + "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(display + ": cannot read the configuration file: " + e.getMessage());
        }
    }

    /** Where the offending token starts (the exception's own location is after it in YAML). */
    private static JsonLocation keyLocation(JsonMappingException e) {
        if (e.getProcessor() instanceof JsonParser p && p.currentToken() != null) {
            return p.currentTokenLocation();
        }
        return e.getLocation();
    }

    /**
     * Reports an unknown key at the line it is written on. Jackson calls this with the parser on the
     * key's value, so the key is the last line at or before the value's line that starts with it.
     */
    private static final class UnknownKeys extends DeserializationProblemHandler {
        private final String file;
        private final String[] lines;

        UnknownKeys(String file, String text) {
            this.file = file;
            this.lines = text.split("\r\n|\r|\n", -1);
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) {
            String where = pathOf(p);
            int line = lineOf((where + propertyName).split("\\."));
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass == null ? null : beanOrClass.getClass();
            String known = type == null || !type.isRecord() ? "" : " (known keys here: " + java.util.Arrays
                    .stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).sorted()
                    .collect(Collectors.joining(", ")) + ")";
            throw new ConfigException(file + ":" + line + ": unknown key '" + where + propertyName + "'" + known);
        }

        /** The line of a key path, found by looking for each key after the previous one (1 when not found). */
        private int lineOf(String[] path) {
            int from = 0;
            int found = -1;
            for (String key : path) {
                java.util.regex.Pattern keyPattern = java.util.regex.Pattern.compile(
                        "(^|[\\s{,-])[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
                for (int i = from; i < lines.length; i++) {
                    if (keyPattern.matcher(lines[i]).find()) {
                        found = i;
                        from = i;
                        break;
                    }
                }
            }
            return found + 1 > 0 ? found + 1 : 1;
        }

        private static String pathOf(JsonParser p) {
            StringBuilder b = new StringBuilder();
            for (var c = p.getParsingContext().getParent(); c != null; c = c.getParent()) {
                if (c.getCurrentName() != null) {
                    b.insert(0, c.getCurrentName() + ".");
                }
            }
            return b.toString();
        }
    }

    private static String at(String file, JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? file + ": " : file + ":" + location.getLineNr() + ": ";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
