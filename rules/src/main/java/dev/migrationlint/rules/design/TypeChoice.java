package dev.migrationlint.rules.design;

import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.TypeRef;

import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The shared shape of the type rules: every column type a statement chooses, matched and reported at its
 * definition.
 */
final class TypeChoice {

    private TypeChoice() {
    }

    /**
     * Reports each type the statement gives a column (CREATE TABLE, ADD COLUMN, ALTER COLUMN ... TYPE)
     * that matches; {@code message} gets {@code "table"."column"} and the type as written.
     */
    static void check(StatementContext context, Predicate<TypeRef> matches,
                      BiFunction<String, String, String> message, String help) {
        for (NewColumns.ChosenType t : NewColumns.types(context.statement().fact())) {
            if (matches.test(t.type())) {
                context.report(t.span(), message.apply(t.table().display(t.column()), written(t.type())), help);
            }
        }
    }

    /** The type as the author wrote it, white space collapsed. */
    static String written(TypeRef type) {
        return type.raw().strip().replaceAll("\\s+", " ");
    }
}
