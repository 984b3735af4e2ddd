package dev.migrationlint.rules.mysql;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.TargetVersion;
import dev.migrationlint.rules.mysql.OnlineDdl.Operation;
import dev.migrationlint.rules.mysql.OnlineDdl.Outcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facts table in the rule's doc page is the table the rules use, so the page cannot drift. */
class OnlineDdlDocTest {

    private static final Path PAGE = Path.of("docs", "mysql-ban-blocking-alter.md");

    private record Column(String heading, Dialect flavour, String version) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("MariaDB 10.4–11.x", Dialect.MARIADB, "10.11"),
            new Column("MySQL 5.7", Dialect.MYSQL, "5.7"),
            new Column("MySQL 8.0.28", Dialect.MYSQL, "8.0.28"),
            new Column("MySQL 8.0.29+, 8.4", Dialect.MYSQL, "8.4"));

    /** The Markdown table of every operation and what each server does with it. */
    static String table() {
        StringBuilder b = new StringBuilder("| operation |");
        COLUMNS.forEach(c -> b.append(' ').append(c.heading()).append(" |"));
        b.append("\n|---|");
        COLUMNS.forEach(c -> b.append("---|"));
        b.append('\n');
        for (Operation op : Operation.values()) {
            b.append("| ").append(op.description()).append(" |");
            for (Column c : COLUMNS) {
                b.append(' ').append(OnlineDdl.outcome(op, c.flavour(), TargetVersion.parse(c.version()))
                        .map(OnlineDdlDocTest::cell).orElse("–")).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String cell(Outcome o) {
        return switch (o) {
            case INSTANT -> "INSTANT";
            case INPLACE -> "INPLACE";
            case LOCK_SHARED -> "**LOCK=SHARED**";
            case COPY -> "**COPY**";
        };
    }

    @Test
    void thePageShowsTheFactsTheRulesUse() throws IOException {
        String page = Files.readString(PAGE);
        assertTrue(page.contains(table()), "the facts table in " + PAGE + " differs from OnlineDdl; it should read:\n"
                + table());
    }

    @Test
    void versionBoundariesFollowTheReleaseNotes() {
        assertEquals(Outcome.INPLACE, outcome(Operation.ADD_COLUMN, Dialect.MYSQL, "8.0.11"));
        assertEquals(Outcome.INSTANT, outcome(Operation.ADD_COLUMN, Dialect.MYSQL, "8.0.12"));
        assertEquals(Outcome.INPLACE, outcome(Operation.RENAME_COLUMN, Dialect.MYSQL, "8.0.27"));
        assertEquals(Outcome.INSTANT, outcome(Operation.RENAME_COLUMN, Dialect.MYSQL, "8.0.28"));
        assertEquals(Outcome.INPLACE, outcome(Operation.DROP_COLUMN, Dialect.MYSQL, "8.0.28"));
        assertEquals(Outcome.INSTANT, outcome(Operation.DROP_COLUMN, Dialect.MYSQL, "8.0"));
        assertEquals(Outcome.INPLACE, outcome(Operation.DROP_COLUMN, Dialect.MYSQL, "5.7.44"));
        assertFalse(OnlineDdl.outcome(Operation.ADD_CHECK, Dialect.MYSQL, TargetVersion.parse("8.0.15")).isPresent());
        assertEquals(Outcome.COPY, outcome(Operation.ADD_CHECK, Dialect.MYSQL, "8.0.16"));
        // The flavours differ: MariaDB widens a short utf8mb4 VARCHAR past 255 bytes instantly, MySQL copies.
        assertEquals(Outcome.INSTANT, outcome(Operation.WIDEN_SHORT_VARCHAR_PAST_255_BYTES, Dialect.MARIADB, "10.4"));
        assertEquals(Outcome.COPY, outcome(Operation.WIDEN_SHORT_VARCHAR_PAST_255_BYTES, Dialect.MYSQL, "8.4"));
        for (Operation op : Operation.values()) {
            assertTrue(OnlineDdl.outcome(op, Dialect.MARIADB, TargetVersion.parse("11.4")).isPresent(), op.name());
            OnlineDdl.outcome(op, Dialect.MYSQL, TargetVersion.parse("5.7")).ifPresent(o ->
                    assertFalse(o == Outcome.INSTANT, "MySQL 5.7 has no ALGORITHM=INSTANT: " + op));
        }
    }

    private static Outcome outcome(Operation op, Dialect flavour, String version) {
        return OnlineDdl.outcome(op, flavour, TargetVersion.parse(version)).orElseThrow();
    }
}
