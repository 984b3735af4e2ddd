package dev.migrationlint.core.internal.discovery;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads the migration tool's own configuration, leniently (keys the linter does not use are ignored): {@code flyway.conf}
 * and {@code flyway.toml} (Flyway 10's {@code [flyway]} table) in a location's folder or any folder above it up to the
 * repository top, and {@code spring.flyway.*} in {@code src/main/resources/application.properties|yml|yaml} of the
 * modules on the way. The nearest file wins, key by key. Spring's relaxed binding is honoured: {@code transactional-lock},
 * {@code transactionalLock} and {@code transactional_lock} are one key.
 */
final class ToolSettingsReader {

    /** One configuration file's values; {@code base} is where its relative and classpath locations start. */
    record FileSettings(Path base, Boolean mixed, Boolean transactionalLock, Map<String, String> placeholders,
                        List<String> locations) {
        boolean isEmpty() {
            return mixed == null && transactionalLock == null && placeholders.isEmpty() && locations == null;
        }
    }

    private static final List<String> SPRING_FILES = List.of(
            "application.properties", "application.yml", "application.yaml");
    private static final Path SPRING_RESOURCES = Path.of("src", "main", "resources");
    private static final List<String> FLYWAY_PREFIX = List.of("flyway");
    private static final List<String> SPRING_PREFIX = List.of("spring", "flyway");

    private final PathDisplay display;
    private final Problems problems;
    private final Map<Path, Optional<FileSettings>> files = new HashMap<>();

    ToolSettingsReader(PathDisplay display, Problems problems) {
        this.display = display;
        this.problems = problems;
    }

    /** The settings for a location in {@code dir}, from {@code dir} up to and including {@code top}. */
    ToolSettings forLocation(Path dir, Path top) {
        Boolean mixed = null;
        Boolean lock = null;
        List<String> locations = null;
        Map<String, String> placeholders = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
            for (Path candidate : candidates(d)) {
                FileSettings settings = read(candidate).orElse(null);
                if (settings == null || settings.isEmpty()) {
                    continue;
                }
                mixed = mixed != null ? mixed : settings.mixed();
                lock = lock != null ? lock : settings.transactionalLock();
                locations = locations != null ? locations : settings.locations();
                settings.placeholders().forEach(placeholders::putIfAbsent);
                sources.add(display.display(candidate));
            }
        }
        if (sources.isEmpty()) {
            return ToolSettings.NONE;
        }
        return new ToolSettings(mixed, lock, placeholders, locations, String.join(", ", sources));
    }

    /** The configuration files a folder may hold, nearest first. */
    static List<Path> candidates(Path dir) {
        List<Path> candidates = new ArrayList<>(List.of(dir.resolve("flyway.toml"), dir.resolve("flyway.conf")));
        for (String name : SPRING_FILES) {
            candidates.add(dir.resolve(SPRING_RESOURCES).resolve(name));
        }
        return candidates;
    }

    /** One file's settings, or empty when it does not exist or cannot be read (a problem is recorded). */
    Optional<FileSettings> read(Path file) {
        return files.computeIfAbsent(file, this::parse);
    }

    private Optional<FileSettings> parse(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        try {
            if (name.equals("flyway.conf")) {
                return Optional.of(settings(file.getParent(), properties(file), FLYWAY_PREFIX));
            }
            if (name.equals("flyway.toml")) {
                return Optional.of(settings(file.getParent(), flatten(TreeReaders.TOML.readTree(file.toFile())), FLYWAY_PREFIX));
            }
            // src/main/resources/application.* belongs to the module three folders up.
            Path module = file.getParent().getParent().getParent().getParent();
            Map<String, String> values = name.endsWith(".properties") ? properties(file) : yamlDocuments(file);
            return Optional.of(settings(module, values, SPRING_PREFIX));
        } catch (IOException | RuntimeException e) {
            problems.add(file, "not read (" + oneLine(e) + "); its Flyway settings are ignored");
            return Optional.empty();
        }
    }

    private static Map<String, String> properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key, properties.getProperty(key));
        }
        return values;
    }

    /** Spring reads every document of the file; documents for a profile only apply when it is active, so they are left out. */
    private Map<String, String> yamlDocuments(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (MappingIterator<JsonNode> documents = TreeReaders.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNext()) {
                Map<String, String> document = flatten(documents.next());
                boolean profiled = document.keySet().stream().map(ToolSettingsReader::normalizedKey)
                        .anyMatch(k -> k.startsWith("spring.config.activate.onprofile") || k.startsWith("spring.profiles"));
                if (!profiled) {
                    values.putAll(document);
                }
            }
        }
        return values;
    }

    /** Dotted keys ({@code a.b[0]}) to text values, in document order. */
    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", node, values);
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), values);
            }
        } else {
            values.put(prefix, node.asText());
        }
    }

    private static FileSettings settings(Path base, Map<String, String> values, List<String> prefix) {
        Boolean mixed = null;
        Boolean lock = null;
        Map<String, String> placeholders = new LinkedHashMap<>();
        TreeMap<Integer, List<String>> locations = new TreeMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            List<String> segments = List.of(entry.getKey().split("\\."));
            if (segments.size() <= prefix.size() || !normalized(segments.subList(0, prefix.size())).equals(prefix)) {
                continue;
            }
            List<String> rest = segments.subList(prefix.size(), segments.size());
            List<String> key = normalized(rest);
            String value = entry.getValue().trim();
            if (key.equals(List.of("mixed"))) {
                mixed = bool(value);
            } else if (String.join("", key).equals("postgresqltransactionallock")) {
                lock = bool(value);
            } else if (key.size() == 1 && key.get(0).equals("locations")) {
                int index = index(rest.get(0));
                for (String location : value.split(",")) {
                    if (!location.isBlank()) {
                        locations.computeIfAbsent(index, i -> new ArrayList<>()).add(location.trim());
                    }
                }
            } else if (key.size() > 1 && key.get(0).equals("placeholders")) {
                placeholders.put(String.join(".", rest.subList(1, rest.size())), value);
            }
        }
        List<String> locationList = locations.isEmpty() ? null
                : locations.values().stream().flatMap(List::stream).toList();
        return new FileSettings(base, mixed, lock, placeholders, locationList);
    }

    /** Spring's relaxed binding: case, dashes, underscores and list indexes do not matter. */
    private static List<String> normalized(List<String> segments) {
        return segments.stream().map(ToolSettingsReader::normalizedSegment).toList();
    }

    private static String normalizedKey(String key) {
        return String.join(".", normalized(List.of(key.split("\\."))));
    }

    private static String normalizedSegment(String segment) {
        return segment.replaceAll("\\[\\d+]$", "").replaceAll("[-_]", "").toLowerCase(Locale.ROOT);
    }

    private static int index(String segment) {
        int open = segment.lastIndexOf('[');
        return open < 0 || !segment.endsWith("]") ? 0 : Integer.parseInt(segment.substring(open + 1, segment.length() - 1));
    }

    private static Boolean bool(String value) {
        return value.equalsIgnoreCase("true") ? Boolean.TRUE : value.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    private static String oneLine(Exception e) {
        String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
        if (e instanceof JacksonException jackson && jackson.getLocation() != null) {
            message += " at line " + jackson.getLocation().getLineNr();
        }
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
