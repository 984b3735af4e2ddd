package dev.migrationlint.core.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrationlint.core.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The JSON format's documentation names every field the writer emits, so the two cannot drift apart. */
class JsonFormatDocTest {

    @TempDir
    Path root;

    @Test
    void everyEmittedFieldIsDocumented() throws IOException {
        String doc;
        try (InputStream in = getClass().getResourceAsStream("/dev/migrationlint/core/report/json-format.md")) {
            assertNotNull(in, "json-format.md is missing from the resources");
            doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode json = new ObjectMapper().readTree(
                ReportFixture.render(ReportFormat.JSON, ReportFixture.full(root), ReportFixture.options(root)));

        Set<String> undocumented = new TreeSet<>();
        collectFields(json, "", undocumented, doc);

        assertEquals(Set.of(), undocumented);
    }

    private static void collectFields(JsonNode node, String parent, Set<String> undocumented, String doc) {
        if (node.isArray()) {
            node.forEach(element -> collectFields(element, parent, undocumented, doc));
        } else if (node.isObject() && !parent.equals("unrecognized")) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                String qualified = parent.equals("suppression") ? "suppression." + name : name;
                if (!doc.contains("`" + qualified + "`")) {
                    undocumented.add(qualified);
                }
                collectFields(field.getValue(), name, undocumented, doc);
            }
        }
    }
}
