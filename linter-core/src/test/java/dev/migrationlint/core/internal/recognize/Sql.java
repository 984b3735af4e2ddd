package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.lex.Splitter;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Recognizes SQL text through the real lexer and splitter, as the engine does. */
final class Sql {
    private Sql() {
    }

    static List<RawStatement> split(Dialect dialect, String sql) {
        return Splitter.split(sql, LexOptions.of(dialect)).statements();
    }

    /** The facts of every statement of {@code sql}. */
    static List<Fact> facts(Dialect dialect, String sql) {
        Recognizer recognizer = new Recognizer(dialect, "public");
        return split(dialect, sql).stream().map(s -> recognizer.recognize(s.tokens())).toList();
    }

    /** The fact of a script holding exactly one statement. */
    static Fact fact(Dialect dialect, String sql) {
        List<Fact> facts = facts(dialect, sql);
        assertEquals(1, facts.size(), () -> "statements in: " + sql);
        return facts.get(0);
    }

    static Fact pg(String sql) {
        return fact(Dialect.POSTGRESQL, sql);
    }

    static Fact mysql(String sql) {
        return fact(Dialect.MYSQL, sql);
    }

    static <T extends Fact> T pg(String sql, Class<T> type) {
        return assertInstanceOf(type, pg(sql), sql);
    }

    static <T extends Fact> T mysql(String sql, Class<T> type) {
        return assertInstanceOf(type, mysql(sql), sql);
    }
}
