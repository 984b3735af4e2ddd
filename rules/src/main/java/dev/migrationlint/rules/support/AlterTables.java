package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.StatementContext;

import java.util.List;
import java.util.Optional;

/** The actions of an {@code ALTER TABLE} on a table that others may be using. */
public final class AlterTables {

    private AlterTables() {
    }

    /** The statement's ALTER TABLE, when it alters a table not created earlier in the same migration file. */
    public static Optional<Fact.AlterTable> onExistingTable(StatementContext context) {
        return context.statement().factAs(Fact.AlterTable.class)
                .filter(alter -> Tables.existing(context, alter.table()));
    }

    /** The actions of type {@code type} of an ALTER TABLE on an existing table, in order. */
    public static <T extends AlterAction> List<T> actions(StatementContext context, Class<T> type) {
        return onExistingTable(context).map(alter -> alter.actions().stream().filter(type::isInstance)
                .map(type::cast).toList()).orElse(List.of());
    }
}
