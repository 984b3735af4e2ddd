package dev.migrationlint.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.migrationlint.core.spi.Rule;
import dev.migrationlint.core.spi.RuleDescriptor;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.testing.RuleTester;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Metadata and documentation of every built-in rule: one source, no drift. */
class RuleCatalogTest {

    static final Path DOCS = Path.of("docs");
    private static final Pattern SECTION = Pattern.compile("(?ms)^## (Problem|Instead of|Use|Notes)\\s*$(.*?)(?=^## |\\z)");
    private static final Pattern SQL_BLOCK = Pattern.compile("(?ms)^```sql (bad|good)\\s*$(.*?)^```\\s*$");
    private static final Pattern SETUP_BLOCK = Pattern.compile("(?ms)^```sql setup\\s*$(.*?)^```\\s*$");
    private static final Pattern FIXTURE = Pattern.compile("`(testdata/rules/[a-z0-9-]+/(bad|good)/)`");

    @Test
    void everyAnnotatedRuleClassIsRegisteredInBuiltInRules() {
        Set<String> annotated = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.migrationlint.rules").stream()
                .filter(c -> c.isAnnotatedWith(RuleInfo.class)).map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = BuiltInRules.ALL.stream().map(r -> r.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(annotated, registered, "BuiltInRules.ALL must list exactly the @RuleInfo classes");
    }

    @Test
    void builtInRulesAreSortedByClassName() {
        List<String> names = BuiltInRules.ALL.stream().map(r -> r.getClass().getSimpleName()).toList();
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void metadataIsWellFormed() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : BuiltInRules.ALL) {
            RuleDescriptor d = rule.descriptor();
            assertTrue(ids.add(d.id()), "duplicate id " + d.id());
            assertTrue(d.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), d.id());
            assertFalse(d.summary().endsWith("."), d.id() + ": summary ends with a period");
            assertEquals(pascalCase(d.id()), rule.getClass().getSimpleName(), "class name of " + d.id());
            assertTrue(java.lang.reflect.Modifier.isFinal(rule.getClass().getModifiers()), d.id() + " is not final");
        }
    }

    @Test
    void everyRuleHasADocPageAndEveryPageARule() throws IOException {
        Set<String> ids = BuiltInRules.ALL.stream().map(r -> r.descriptor().id())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> pages;
        try (Stream<Path> files = Files.list(DOCS)) {
            pages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(ids, pages);
    }

    @TestFactory
    Stream<DynamicTest> docExamplesBehaveAsLabelled() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : BuiltInRules.ALL) {
            String id = rule.descriptor().id();
            tests.add(DynamicTest.dynamicTest(id, () -> checkDoc(id)));
        }
        return tests.stream();
    }

    private static void checkDoc(String id) throws IOException {
        String doc = Files.readString(DOCS.resolve(id + ".md"));
        assertTrue(doc.startsWith("# " + id + "\n"), id + ": the page must start with '# " + id + "'");
        Matcher setupBlock = SETUP_BLOCK.matcher(doc);
        String setup = setupBlock.find() ? setupBlock.group(1) : null;
        List<String> headings = new ArrayList<>();
        Matcher sections = SECTION.matcher(doc);
        int examples = 0;
        while (sections.find()) {
            headings.add(sections.group(1));
            String body = sections.group(2);
            Matcher blocks = SQL_BLOCK.matcher(body);
            while (blocks.find()) {
                examples++;
                checkExample(id, blocks.group(1), setup == null ? blocks.group(2)
                        : "-- file: V1__setup.sql\n" + setup + "-- file: V2__example.sql\n" + blocks.group(2));
            }
            Matcher fixtures = FIXTURE.matcher(body);
            while (fixtures.find()) {
                examples++;
                checkFixture(id, fixtures.group(1), fixtures.group(2));
            }
        }
        assertEquals(List.of("Problem", "Instead of", "Use", "Notes"), headings, id + ": headings");
        assertTrue(examples >= 2, id + ": needs a bad and a good example");
    }

    private static void checkExample(String id, String kind, String sql) {
        int found = RuleTester.forRule(id).findings(sql).size();
        if (kind.equals("bad")) {
            assertTrue(found > 0, id + ": the bad example does not fire the rule:\n" + sql);
        } else {
            assertEquals(0, found, id + ": the good example fires the rule:\n" + sql);
        }
    }

    private static void checkFixture(String id, String folder, String kind) {
        Path dir = Path.of("..").resolve(folder);
        assertTrue(Files.isDirectory(dir), id + ": missing fixture folder " + folder);
        int found = RuleTester.forRule(id).findingsInTree(dir).size();
        if (kind.equals("bad")) {
            assertTrue(found > 0, id + ": the bad fixture " + folder + " does not fire the rule");
        } else {
            assertEquals(0, found, id + ": the good fixture " + folder + " fires the rule");
        }
    }

    static String pascalCase(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }
}
