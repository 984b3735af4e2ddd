package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The recognizer reads arbitrary input: it must answer every token list, quickly, without throwing. */
class RobustnessTest {

    private static final String[] WORDS = {"CREATE", "ALTER", "DROP", "TABLE", "INDEX", "ADD", "COLUMN", "CONSTRAINT",
        "PRIMARY", "KEY", "UNIQUE", "FOREIGN", "REFERENCES", "CHECK", "NOT", "NULL", "DEFAULT", "SET", "TYPE",
        "USING", "ON", "IF", "EXISTS", "ONLY", "RENAME", "TO", "AS", "SELECT", "FROM", "WHERE", "UPDATE", "DELETE",
        "INSERT", "INTO", "WITH", "BEGIN", "END", "COMMIT", "VALID", "GENERATED", "ALWAYS", "IDENTITY", "STORED",
        "CONCURRENTLY", "PARTITION", "OF", "MODIFY", "CHANGE", "AFTER", "FIRST", "COLLATE", "CHARACTER", "VARYING",
        "timestamp", "time", "zone", "int", "t", "x", "REINDEX", "VACUUM", "FULL", "COPY", "SCHEMA", "COMMENT",
        "TEMPLATE", "VIEW", "MATERIALIZED", "DEFINER", "ALGORITHM", "LOCK", "ENGINE", "array", "set_config"};
    private static final TokenType[] TYPES = TokenType.values();

    private static final Recognizer PG = new Recognizer(Dialect.POSTGRESQL, "public");
    private static final Recognizer MYSQL = new Recognizer(Dialect.MYSQL, "app");

    private static Token token(TokenType type, String text, int offset) {
        return new Token(type, text, offset, 1, offset + 1);
    }

    private static Token randomToken(Random random, int offset) {
        int r = random.nextInt(10);
        if (r < 5) {
            return token(TokenType.WORD, WORDS[random.nextInt(WORDS.length)], offset);
        }
        if (r == 5) {
            return token(random.nextBoolean() ? TokenType.LEFT_PAREN : TokenType.RIGHT_PAREN,
                    random.nextBoolean() ? "(" : ")", offset);
        }
        if (r == 6) {
            return token(TokenType.COMMA, ",", offset);
        }
        if (r == 7) {
            String[] symbols = {"=", "::", "[", "]", "[]", ".", "@", "*", "-", "{{", "}}", "$", "''", "\"", "`"};
            return token(TokenType.OPERATOR, symbols[random.nextInt(symbols.length)], offset);
        }
        TokenType type = TYPES[random.nextInt(TYPES.length)];
        String[] texts = {"", "'", "\"", "`", "$$", "E'", "{{", "{{ if .mysql }}", "{{else}}", "{{end}}", "${s}",
            "\\", "1", "-", "@@", "x", "'a''b'", "\"q\"\"r\""};
        return token(type, texts[random.nextInt(texts.length)], offset);
    }

    @Test
    @Timeout(60)
    void randomTokenSoupsNeverThrow() {
        Random random = new Random(20240601);
        for (int round = 0; round < 100_000; round++) {
            int n = random.nextInt(30);
            List<Token> tokens = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                tokens.add(randomToken(random, i * 2));
            }
            assertNotNull(PG.recognize(tokens));
            assertNotNull(MYSQL.recognize(tokens));
        }
    }

    @Test
    void everyPrefixOfRealStatementsIsAnswered() {
        String script = String.join(";\n", List.of(
                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON ONLY s.t USING gin (lower(a), b) WHERE c",
                "ALTER TABLE IF EXISTS ONLY t ADD COLUMN c int NOT NULL DEFAULT now() REFERENCES p(id) ON DELETE "
                        + "SET NULL, ALTER COLUMN d SET DATA TYPE varchar(10) USING d::text, ADD CONSTRAINT k "
                        + "FOREIGN KEY (a) REFERENCES p (id) NOT VALID, RENAME COLUMN a TO b",
                "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, a timestamp(3) with time zone, "
                        + "CONSTRAINT c CHECK (a > now()), EXCLUDE USING gist (r WITH &&))",
                "WITH x AS (SELECT 1) UPDATE t SET a = (SELECT 2) WHERE b",
                "SELECT set_config('lock_timeout', '1s', true)",
                "REINDEX (CONCURRENTLY) TABLE t",
                "VACUUM (FULL, ANALYZE) t (a)",
                "ALTER TYPE e ADD VALUE IF NOT EXISTS 'x'",
                "COMMENT ON COLUMN s.t.c IS 'x'"));
        for (RawStatement s : Sql.split(Dialect.POSTGRESQL, script)) {
            List<Token> tokens = s.tokens();
            for (int end = 0; end <= tokens.size(); end++) {
                assertNotNull(PG.recognize(tokens.subList(0, end)));
                assertNotNull(MYSQL.recognize(tokens.subList(0, end)));
            }
        }
    }

    @Test
    @Timeout(60)
    void mutatedRealStatementsNeverThrow() {
        String script = String.join(";\n", List.of(
                "CREATE TABLE IF NOT EXISTS s.t (id int4 PRIMARY KEY, b varchar(10) COLLATE \"C\" DEFAULT 'x' NOT NULL, "
                        + "c numeric(10, 2)[] CHECK (c > 0) REFERENCES p (id) ON UPDATE CASCADE, UNIQUE (b), "
                        + "FOREIGN KEY (c) REFERENCES q, KEY k (b))",
                "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i, DROP CONSTRAINT IF EXISTS c CASCADE, "
                        + "DETACH PARTITION p CONCURRENTLY, MODIFY COLUMN c int FIRST, CHANGE a b text AFTER c, "
                        + "ALGORITHM=INPLACE, CONVERT TO CHARACTER SET utf8mb4, RENAME TO x",
                "SET SESSION @@global.x = 1, @y := 2",
                "DROP INDEX CONCURRENTLY IF EXISTS a, b ON t",
                "COPY (SELECT 1) TO STDOUT",
                "CREATE OR REPLACE DEFINER = `a`@`b` SQL SECURITY INVOKER VIEW v AS SELECT 1"));
        List<List<Token>> statements = new ArrayList<>();
        for (RawStatement s : Sql.split(Dialect.MYSQL, script)) {
            statements.add(s.tokens());
        }
        Random random = new Random(7);
        for (int round = 0; round < 50_000; round++) {
            List<Token> tokens = new ArrayList<>(statements.get(random.nextInt(statements.size())));
            for (int edits = random.nextInt(4) + 1; edits > 0 && !tokens.isEmpty(); edits--) {
                int i = random.nextInt(tokens.size());
                switch (random.nextInt(3)) {
                    case 0 -> tokens.remove(i);
                    case 1 -> tokens.add(i, tokens.get(random.nextInt(tokens.size())));
                    default -> tokens.subList(i, tokens.size()).clear();
                }
            }
            assertNotNull(PG.recognize(tokens));
            assertNotNull(MYSQL.recognize(tokens));
        }
    }

    @Test
    void emptyInput() {
        assertInstanceOf(Fact.Unrecognized.class, PG.recognize(List.of()));
        assertInstanceOf(Fact.Unrecognized.class, PG.recognize(List.of(token(TokenType.LINE_COMMENT, "-- x", 0))));
    }

    @Test
    @Timeout(10)
    void deepNestingUsesNoStack() {
        int depth = 100_000;
        List<Token> tokens = new ArrayList<>(2 * depth + 10);
        for (String w : new String[] {"ALTER", "TABLE", "t", "ADD", "c", "int", "DEFAULT"}) {
            tokens.add(token(TokenType.WORD, w, tokens.size()));
        }
        for (int i = 0; i < depth; i++) {
            tokens.add(token(TokenType.LEFT_PAREN, "(", tokens.size()));
        }
        for (int i = 0; i < depth; i++) {
            tokens.add(token(TokenType.RIGHT_PAREN, ")", tokens.size()));
        }
        Fact fact = PG.recognize(tokens);
        assertInstanceOf(Fact.AlterTable.class, fact);
        String parens = "(".repeat(depth) + "SELECT 1" + ")".repeat(depth);
        assertInstanceOf(Fact.Dml.class, Sql.pg(parens));
        assertInstanceOf(Fact.CreateTable.class, Sql.pg("CREATE TABLE t (a int CHECK " + parens + ")"));
        assertInstanceOf(Fact.Dml.class, Sql.pg("UPDATE t SET a = " + "(".repeat(depth)));
    }

    @Test
    @Timeout(20)
    void largeStatementsAreLinear() {
        StringBuilder insert = new StringBuilder("INSERT INTO t (a, b) VALUES ");
        for (int i = 0; i < 200_000; i++) {
            insert.append(i == 0 ? "" : ", ").append("(").append(i).append(", 'x')");
        }
        List<RawStatement> statements = Sql.split(Dialect.POSTGRESQL, insert.toString());
        List<Token> tokens = statements.get(0).tokens();
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertEquals(Fact.DmlKind.INSERT, ((Fact.Dml) PG.recognize(tokens)).kind());
        }
        StringBuilder update = new StringBuilder("UPDATE t SET a = 1");
        for (int i = 0; i < 200_000; i++) {
            update.append(" + (").append(i).append(")");
        }
        List<Token> updateTokens = Sql.split(Dialect.POSTGRESQL, update.toString()).get(0).tokens();
        for (int i = 0; i < 20; i++) {
            assertEquals(false, ((Fact.Dml) PG.recognize(updateTokens)).hasWhere());
        }
        StringBuilder alter = new StringBuilder("ALTER TABLE t ADD COLUMN c0 int");
        for (int i = 1; i < 20_000; i++) {
            alter.append(", ADD COLUMN c").append(i).append(" int DEFAULT ").append(i);
        }
        assertEquals(20_000, ((Fact.AlterTable) Sql.pg(alter.toString())).actions().size());
        assertTrue(System.nanoTime() - start < 15_000_000_000L);
    }

    private static void assertTrue(boolean condition) {
        org.junit.jupiter.api.Assertions.assertTrue(condition);
    }
}
