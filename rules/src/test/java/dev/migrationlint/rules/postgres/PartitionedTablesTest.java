package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a partitioned table PostgreSQL refuses CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY and NOT VALID
 * foreign keys (checked on PostgreSQL 15): the findings stay, but their help must not offer what would fail.
 */
class PartitionedTablesTest {

    private static final String HISTORY = """
            -- file: V1__create.sql
            CREATE TABLE accounts (id bigint PRIMARY KEY);
            CREATE TABLE events (id bigint, account_id bigint, created_at timestamptz NOT NULL)
              PARTITION BY RANGE (created_at);
            CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            CREATE INDEX events_created ON events (created_at);
            -- file: V2__change.sql
            """;

    private static Finding only(String rule, String statement) {
        List<Finding> findings = RuleTester.forRule(rule).findings(HISTORY + statement + "\n");
        assertEquals(1, findings.size(), () -> rule + ": " + findings);
        return findings.get(0);
    }

    @Test
    void indexesOnThePartitionedTableAreBuiltOnOnlyThenAttached() {
        Finding f = only("require-concurrent-index-creation", "CREATE INDEX events_account ON events (account_id);");
        assertTrue(f.message().contains("partitioned table \"events\""), f.message());
        assertTrue(f.help().startsWith("CREATE INDEX ... ON ONLY \"events\" first"), f.help());
        assertEquals(List.of(), RuleTester.forRule("require-concurrent-index-creation")
                .findings(HISTORY + "CREATE INDEX events_account ON ONLY events (account_id);\n"));
        Finding partition = only("require-concurrent-index-creation",
                "CREATE INDEX events_2026_account ON events_2026 (account_id);");
        assertTrue(partition.help().startsWith("use CREATE INDEX CONCURRENTLY"), partition.help());
    }

    @Test
    void anIndexOfThePartitionedTableIsNotDroppedConcurrently() {
        Finding f = only("require-concurrent-index-deletion", "DROP INDEX events_created;");
        assertFalse(f.help().contains("use DROP INDEX CONCURRENTLY"), f.help());
        assertTrue(f.help().contains("cannot be dropped CONCURRENTLY"), f.help());
    }

    @Test
    void aForeignKeyOnThePartitionedTableGoesThroughItsPartitions() {
        Finding f = only("constraint-missing-not-valid",
                "ALTER TABLE events ADD CONSTRAINT events_account FOREIGN KEY (account_id) REFERENCES accounts (id);");
        assertTrue(f.help().startsWith("a partitioned table refuses NOT VALID foreign keys"), f.help());
        Finding partition = only("constraint-missing-not-valid", "ALTER TABLE events_2026 ADD CONSTRAINT e_a "
                + "FOREIGN KEY (account_id) REFERENCES accounts (id);");
        assertTrue(partition.help().startsWith("add the foreign key with NOT VALID"), partition.help());
    }
}
