package dev.migrationlint.core.internal.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds and strictly reads {@code .migration-lint.yml}. */
public final class ConfigLoader {

    public static final String FILE_NAME = ".migration-lint.yml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
            ConfigFile config = YAML.readValue(bytes, ConfigFile.class);
            return config == null ? ConfigFile.EMPTY : config;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            throw new ConfigException(at(display, e.getLocation()) + "unknown key '" + path(e) + "' (known keys here: "
                    + known + ")");
        } catch (JsonMappingException e) {
            throw new ConfigException(at(display, e.getLocation()) + "invalid value for '" + path(e) + "': "
                    + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ConfigException(at(display, e.getLocation()) + "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(display + ": cannot read the configuration file: " + e.getMessage());
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
