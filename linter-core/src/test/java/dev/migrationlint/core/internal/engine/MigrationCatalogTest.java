package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.Linter;
import dev.migrationlint.core.RuleRegistry;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A migration rule sees the schema before the migration and after its forward statements. */
class MigrationCatalogTest {

    @RuleInfo(id = "catalog-probe", summary = "Reports the indexes of every table before and after", level = Level.NOTE,
            category = Category.DESIGN)
    static final class CatalogProbe implements MigrationRule {
        @Override
        public void check(MigrationContext context) {
            context.report(Span.FILE, describe(context.catalogBefore()) + " -> " + describe(context.catalogAfter()), "");
        }

        private static String describe(Catalog catalog) {
            return catalog.tables().stream().sorted((a, b) -> a.name().toString().compareTo(b.name().toString()))
                    .map(t -> t.name().name() + t.indexes().stream().map(i -> i.name().name())
                            .collect(Collectors.joining(",", "[", "]")))
                    .collect(Collectors.joining(" "));
        }
    }

    @Test
    void catalogAfterHoldsTheMigrationsForwardStatements(@TempDir Path root) throws IOException {
        Path location = Files.createDirectories(root.resolve("db/migration"));
        Files.writeString(location.resolve("V1__users.sql"), "CREATE TABLE users (id bigint);\n");
        Files.writeString(location.resolve("V2__index.sql"),
                "CREATE INDEX users_id_idx ON users (id);\nCREATE TABLE orders (id bigint PRIMARY KEY);\n");
        RuleRegistry registry = RuleRegistry.of(List.of(() -> List.of(new CatalogProbe())));
        LintRequest request = new LintRequest(List.of(root), root, null, null, null, null,
                Map.of("catalog-probe", "note"), List.of());

        List<String> messages = new Linter(registry).run(request).findings().stream()
                .sorted(Finding.ORDER).map(f -> f.path().replaceAll(".*/", "") + ": " + f.message()).toList();

        assertEquals(List.of(
                "V1__users.sql:  -> users[]",
                "V2__index.sql: users[] -> orders[orders_pkey] users[users_id_idx]"), messages);
    }
}
