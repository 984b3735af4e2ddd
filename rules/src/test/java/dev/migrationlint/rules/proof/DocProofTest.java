package dev.migrationlint.rules.proof;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Proves each rule doc page's claim ({@code <!-- proof: ... -->} in its Notes) against the real PostgreSQL of
 * {@code MIGRATION_LINT_PG_URL} (default: the local test server). Skipped with a message when no server answers,
 * failed under {@code CI=true}. One dynamic test per page with a proof comment; {@code proof: none} pages are
 * reported as skipped. To prove pages that are not in {@code docs} yet:
 * {@code mvn -o -q -pl rules -am test -Dtest=DocProofTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmigrationlint.proof.docs=/abs/path/to/docs}.
 */
class DocProofTest {

    static final Path DOCS = Path.of("docs");
    /** Where this test reads pages: {@code docs}, or {@code -Dmigrationlint.proof.docs=DIR} to prove pages elsewhere. */
    static final Path PROVEN = Path.of(System.getProperty("migrationlint.proof.docs", DOCS.toString()));
    private static ProofHarness harness;


    @AfterAll
    static void disconnect() {
        if (harness != null) {
            harness.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDocPageClaimHoldsOnPostgres() throws IOException {
        try {
            harness = ProofHarness.open(Duration.ofSeconds(10));
        } catch (TestAbortedException e) {
            return ProofHarness.skipped(e);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : pages(PROVEN)) {
            ProofPage page = ProofPage.read(file);
            if (page.hasProofComment()) {
                tests.add(DynamicTest.dynamicTest(page.name(), () -> check(page)));
            }
        }
        return tests.stream();
    }

    static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    private static void check(ProofPage page) {
        Proof proof = page.proof();
        Assumptions.assumeFalse(proof.kind() == Proof.Kind.NONE,
                page.name() + ": 'proof: none' — no server-checkable claim; its marker tests cover the rule");
        List<ProofHarness.Outcome> outcomes = harness.prove(page);
        List<ProofHarness.Outcome> failed = outcomes.stream()
                .filter(o -> o.verdict() != ProofHarness.Verdict.HOLDS).toList();
        if (!failed.isEmpty()) {
            fail(failed.stream().map(o -> o.verdict() + ": " + o.describe()).collect(Collectors.joining("\n")));
        }
        for (ProofHarness.Outcome o : outcomes) {
            System.out.println("[proof] " + proof + " holds on " + harness.serverVersion() + " — " + o.describe());
        }
    }
}
