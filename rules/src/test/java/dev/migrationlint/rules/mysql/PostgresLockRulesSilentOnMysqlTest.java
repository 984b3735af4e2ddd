package dev.migrationlint.rules.mysql;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Rule;
import dev.migrationlint.core.spi.RuleDescriptor;
import dev.migrationlint.core.testing.RuleTester;
import dev.migrationlint.rules.BuiltInRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * PostgreSQL's lock rules reason about PostgreSQL's lock modes; on MySQL and MariaDB the online-DDL rules
 * speak instead. Every lock rule names its dialects, and those without MySQL/MariaDB stay silent on a
 * MySQL migration full of what they flag on PostgreSQL.
 */
class PostgresLockRulesSilentOnMysqlTest {

    private static final String MIGRATIONS = """
            -- file: V1__create.sql
            CREATE TABLE users (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(100), org_id BIGINT,
              status INT) ENGINE=InnoDB;
            CREATE TABLE orgs (id BIGINT NOT NULL PRIMARY KEY);
            -- file: V2__change.sql
            CREATE INDEX users_email ON users (email);
            CREATE UNIQUE INDEX users_email_org ON users (email, org_id);
            ALTER TABLE users ADD COLUMN active TINYINT(1) NOT NULL DEFAULT 1;
            ALTER TABLE users ADD COLUMN created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP;
            ALTER TABLE users MODIFY COLUMN status BIGINT NOT NULL;
            ALTER TABLE users ADD CONSTRAINT users_org FOREIGN KEY (org_id) REFERENCES orgs (id);
            ALTER TABLE users ADD CONSTRAINT users_status CHECK (status >= 0);
            ALTER TABLE users ADD UNIQUE (org_id, status);
            ALTER TABLE users ADD PRIMARY KEY (id);
            DROP INDEX users_email ON users;
            TRUNCATE TABLE orgs;
            """;

    @TestFactory
    Stream<DynamicTest> lockRulesWithoutMysqlStaySilent() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : BuiltInRules.ALL) {
            RuleDescriptor d = rule.descriptor();
            if (d.category() != Category.LOCKING) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(d.id(), () -> {
                assertFalse(d.dialects().isEmpty(), d.id() + ": a lock rule must name the dialects whose locks it knows");
                for (Dialect dialect : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
                    if (d.dialects().contains(dialect)) {
                        continue;
                    }
                    List<Finding> findings = RuleTester.forRule(d.id()).findings(
                            "-- file: /.migration-lint.yml\ndialect: " + dialect.id() + "\n" + MIGRATIONS);
                    assertEquals(List.of(), findings, d.id() + " under " + dialect.id());
                }
            }));
        }
        return tests.stream();
    }
}
