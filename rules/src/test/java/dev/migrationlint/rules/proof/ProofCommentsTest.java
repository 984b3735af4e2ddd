package dev.migrationlint.rules.proof;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Rule;
import dev.migrationlint.core.spi.RuleDescriptor;
import dev.migrationlint.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proof comments themselves, without a server: every lock rule states a claim, and every claim is readable. */
class ProofCommentsTest {

    @Test
    void everyLockingRulePageCarriesExactlyOneProofComment() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Rule rule : BuiltInRules.ALL) {
            RuleDescriptor d = rule.descriptor();
            Path file = DocProofTest.DOCS.resolve(d.id() + ".md");
            if (d.category() != Category.LOCKING || !Files.exists(file)) {
                continue; // a missing page is RuleCatalogTest's finding
            }
            int count = ProofPage.read(file).comments().size();
            if (count != 1) {
                problems.add(file.getFileName() + ": a LOCKING rule's page needs exactly one <!-- proof: ... --> comment"
                        + " in its Notes (lock TABLE, lock-select VIEW, rewrite TABLE, transaction or none), found "
                        + count);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyProofCommentIsWellFormed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : DocProofTest.pages(DocProofTest.DOCS)) {
            ProofPage page = ProofPage.read(file);
            if (page.hasProofComment()) {
                try {
                    page.proof();
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void readsEachForm() {
        assertEquals(new Proof(Proof.Kind.LOCK, "orders", "INSERT INTO orders DEFAULT VALUES"), Proof.parse(": lock orders "));
        assertEquals(new Proof(Proof.Kind.LOCK, "app.\"Orders\"", "INSERT INTO app.\"Orders\" (a) VALUES (1)"),
                Proof.parse(": lock app.\"Orders\": INSERT INTO app.\"Orders\" (a) VALUES (1) "));
        assertEquals(new Proof(Proof.Kind.LOCK_SELECT, "v", "SELECT * FROM v"), Proof.parse(": lock-select v"));
        assertEquals(new Proof(Proof.Kind.REWRITE, "t", null), Proof.parse(":rewrite t"));
        assertEquals(new Proof(Proof.Kind.TRANSACTION, null, null), Proof.parse(": transaction "));
        assertEquals(new Proof(Proof.Kind.NONE, null, null), Proof.parse(": none"));
    }

    @Test
    void rejectsMalformedComments() {
        for (String body : List.of(": lock", ": rewrite", ": lock-select", ": transaction t", ": none x", ": locks t",
                ": lock t:", ": rewrite t: INSERT INTO t DEFAULT VALUES", " lock t", ": maybe")) {
            assertThrows(IllegalArgumentException.class, () -> Proof.parse(body), body);
        }
    }

    @Test
    void pageShapeIsChecked() {
        String examples = "```sql bad\nCREATE INDEX i ON t (a);\n```\n```sql good\nCREATE INDEX CONCURRENTLY i ON t (a);\n```\n";
        ProofPage twice = ProofPage.parse("x.md", "# x\n" + examples
                + "## Notes\n<!-- proof: none -->\n<!-- proof: transaction -->\n");
        assertTrue(assertThrows(IllegalArgumentException.class, twice::proof).getMessage().contains("found 2"));
        ProofPage outsideNotes = ProofPage.parse("x.md", "# x\n<!-- proof: none -->\n" + examples + "## Notes\n- x\n");
        assertTrue(assertThrows(IllegalArgumentException.class, outsideNotes::proof).getMessage().contains("Notes"));
        ProofPage noSetup = ProofPage.parse("x.md", "# x\n" + examples + "## Notes\n<!-- proof: lock t -->\n");
        assertTrue(assertThrows(IllegalArgumentException.class, noSetup::proof).getMessage().contains("setup"));
        ProofPage noGood = ProofPage.parse("x.md", "# x\n```sql bad\nVACUUM;\n```\n## Notes\n<!-- proof: transaction -->\n");
        assertTrue(assertThrows(IllegalArgumentException.class, noGood::proof).getMessage().contains("good"));
        ProofPage ok = ProofPage.parse("x.md", "# x\n```sql setup\nCREATE TABLE t (a int);\n```\n" + examples
                + "## Notes\n<!-- proof: lock t -->\n");
        assertEquals(Proof.Kind.LOCK, ok.proof().kind());
        assertEquals(List.of("bad example", "good example"), ok.examples().stream().map(ProofPage.Example::label).toList());
        assertNull(ProofPage.parse("y.md", "# y\n").setup());
    }
}
