package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitterTest {

    static SplitResult split(Dialect dialect, String source) {
        SplitResult result = Splitter.split(source, LexOptions.of(dialect));
        assertEquals(result, streamed(source, LexOptions.of(dialect)), "streaming must agree with the in-memory form");
        return result;
    }

    static List<String> texts(SplitResult r) {
        return r.statements().stream().map(RawStatement::text).toList();
    }

    /** Splits through a reader that hands out 1 to 7 chars at a time, to cross every buffer boundary. */
    static SplitResult streamed(String source, LexOptions options) {
        try {
            return Splitter.split(new TrickleReader(source), options);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final class TrickleReader extends Reader {
        private final StringReader in;
        private int turn;

        TrickleReader(String s) {
            in = new StringReader(s);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return in.read(cbuf, off, Math.min(len, 1 + turn++ % 7));
        }

        @Override
        public void close() {
            in.close();
        }
    }

    @Test
    void statementsSpansAndComments() {
        String src = "-- lead\nCREATE TABLE t (a int); /* mid */\nINSERT INTO t VALUES (1) -- tail\n;\n;;\nSELECT 1";
        SplitResult r = split(Dialect.POSTGRESQL, src);
        assertEquals(List.of("CREATE TABLE t (a int)", "INSERT INTO t VALUES (1)", "SELECT 1"), texts(r));
        RawStatement create = r.statements().get(0);
        assertEquals(new Span(8, 30, 2, 1, 2, 23), create.span());
        assertEquals(List.of("-- lead"), create.comments().stream().map(Token::text).toList());
        assertEquals(7, create.tokens().size());
        assertTrue(create.terminated());
        assertFalse(create.truncated());
        RawStatement insert = r.statements().get(1);
        assertEquals(new Span(42, 66, 3, 1, 3, 25), insert.span());
        assertEquals(List.of("/* mid */", "-- tail"), insert.comments().stream().map(Token::text).toList());
        assertTrue(insert.tokens().stream().noneMatch(Token::isComment));
        RawStatement last = r.statements().get(2);
        assertFalse(last.terminated());
        assertEquals(new Span(80, 88, 6, 1, 6, 9), last.span());
        assertEquals(3, r.comments().size());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void crlfAndCrSpans() {
        for (String nl : List.of("\r\n", "\r")) {
            String src = "SELECT 1;" + nl + "ALTER TABLE \"tablé\"" + nl + "  ADD x int;";
            RawStatement alter = split(Dialect.POSTGRESQL, src).statements().get(1);
            int start = 9 + nl.length();
            assertEquals(new Span(start, src.length() - 1, 2, 1, 3, 12), alter.span());
            assertEquals("ALTER TABLE \"tablé\"" + nl + "  ADD x int", alter.text());
        }
    }

    @Test
    void emptyInputs() {
        assertEquals(0, split(Dialect.POSTGRESQL, "").statements().size());
        assertEquals(0, split(Dialect.POSTGRESQL, " \n\t;;\n ; ").statements().size());
        SplitResult onlyComments = split(Dialect.MYSQL, "-- a\n# b\n/* c */");
        assertEquals(0, onlyComments.statements().size());
        assertEquals(3, onlyComments.comments().size());
    }

    @Test
    void mysqlDelimiterScripts() {
        String src = """
                DROP PROCEDURE IF EXISTS p;
                DELIMITER $$
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1;
                END$$
                DELIMITER ;
                CALL p();
                delimiter //
                CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END //
                delimiter ;;
                SELECT 2;;
                DELIMITER ;
                delimiter d//
                CREATE PROCEDURE q()
                BEGIN
                  IF 1 THEN SELECT 3; END IF;
                END;
                d//
                delimiter ;
                SELECT 4;
                """;
        SplitResult r = split(Dialect.MYSQL, src);
        assertEquals(List.of("DROP PROCEDURE IF EXISTS p", "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND", "CALL p()",
                "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END", "SELECT 2",
                "CREATE PROCEDURE q()\nBEGIN\n  IF 1 THEN SELECT 3; END IF;\nEND;", "SELECT 4"), texts(r));
        RawStatement p = r.statements().get(1);
        assertEquals(new Span(41, 83, 3, 1, 6, 4), p.span());
        Token last = p.tokens().get(p.tokens().size() - 1);
        assertEquals("END", last.text());
        assertEquals(TokenType.OPERATOR, p.tokens().get(p.tokens().size() - 2).type());
        assertTrue(r.statements().stream().allMatch(RawStatement::terminated));
    }

    @Test
    void mattermostStyleProceduresWithoutDelimiter() {
        String src = """
                CREATE PROCEDURE Migrate_LastRootPostAt ()
                BEGIN
                DECLARE LastRootPostAt_EXIST INT;
                  SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'Channels' INTO LastRootPostAt_EXIST;
                  IF(LastRootPostAt_EXIST = 0) THEN
                    ALTER TABLE Channels ADD COLUMN LastRootPostAt bigint DEFAULT 0;
                  ELSEIF LastRootPostAt_EXIST > 5 THEN
                    BEGIN
                      SET @x = CASE WHEN 1 THEN 'END' ELSE 2 END;
                    END;
                  END IF;
                  lbl: LOOP
                    CASE @x WHEN 1 THEN LEAVE lbl; ELSE SET @x = 1; END CASE;
                  END LOOP lbl;
                  WHILE @x < 3 DO SET @x = @x + 1; END WHILE;
                  REPEAT SET @x = @x - 1; UNTIL @x = 0 END REPEAT;
                END;
                	CALL Migrate_LastRootPostAt ();
                	DROP PROCEDURE IF EXISTS Migrate_LastRootPostAt;
                CREATE DEFINER=`root`@`%` TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW
                BEGIN
                  IF NEW.a IS NULL THEN SET NEW.a = 0; END IF;
                END;
                CREATE TRIGGER trg2 BEFORE INSERT ON t FOR EACH ROW SET NEW.b = 1;
                CREATE FUNCTION f(a INT) RETURNS INT DETERMINISTIC RETURN CASE WHEN a > 0 THEN 1 ELSE 0 END;
                SELECT f(1);
                """;
        SplitResult r = split(Dialect.MYSQL, src);
        List<String> texts = texts(r);
        assertEquals(7, texts.size(), String.join("\n----\n", texts));
        assertTrue(texts.get(0).startsWith("CREATE PROCEDURE Migrate_LastRootPostAt ()"));
        assertTrue(texts.get(0).endsWith("UNTIL @x = 0 END REPEAT;\nEND"));
        assertEquals("CALL Migrate_LastRootPostAt ()", texts.get(1));
        assertEquals("DROP PROCEDURE IF EXISTS Migrate_LastRootPostAt", texts.get(2));
        assertTrue(texts.get(3).startsWith("CREATE DEFINER=`root`@`%` TRIGGER trg") && texts.get(3).endsWith("END IF;\nEND"));
        assertEquals("CREATE TRIGGER trg2 BEFORE INSERT ON t FOR EACH ROW SET NEW.b = 1", texts.get(4));
        assertTrue(texts.get(5).startsWith("CREATE FUNCTION f") && texts.get(5).endsWith("ELSE 0 END"));
        assertEquals("SELECT f(1)", texts.get(6));
        assertEquals(18, r.statements().get(1).span().startLine());
        assertEquals(2, r.statements().get(1).span().startColumn());
    }

    @Test
    void postgresRoutinesAndBlocks() {
        String src = """
                CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $$
                BEGIN
                  NEW.x := 1; RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW EXECUTE PROCEDURE f();
                CREATE FUNCTION g() RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT 1;
                  SELECT CASE WHEN true THEN 2 END;
                END;
                DO $do$ BEGIN PERFORM 1; END $do$;
                CREATE FUNCTION h(int) RETURNS int AS 'select $1' LANGUAGE sql;
                SELECT 3;
                """;
        List<String> texts = texts(split(Dialect.POSTGRESQL, src));
        assertEquals(6, texts.size(), String.join("\n----\n", texts));
        assertTrue(texts.get(0).endsWith("$$ LANGUAGE plpgsql"));
        assertTrue(texts.get(2).startsWith("CREATE FUNCTION g()") && texts.get(2).endsWith("END"));
        assertEquals("DO $do$ BEGIN PERFORM 1; END $do$", texts.get(3));
        assertEquals("SELECT 3", texts.get(5));
    }

    @Test
    void triggerClausesDoNotOpenBodies() {
        String src = "CREATE TRIGGER t AFTER INSERT ON x REFERENCING NEW TABLE AS n FOR EACH STATEMENT "
                + "EXECUTE FUNCTION f();\nCREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION g();\nSELECT 1;";
        assertEquals(3, texts(split(Dialect.POSTGRESQL, src)).size());
        String mysql = "CREATE TABLE `procedure` (`begin` int, `end` int);\nCREATE VIEW v AS SELECT CASE WHEN 1 THEN 2 END;\n"
                + "SELECT 1;";
        assertEquals(3, texts(split(Dialect.MYSQL, mysql)).size());
    }

    @Test
    void transactionsAreOrdinaryStatements() {
        String src = "BEGIN;\nBEGIN TRANSACTION;\nSTART TRANSACTION;\nBEGIN WORK;\nBEGIN ISOLATION LEVEL SERIALIZABLE;\n"
                + "SELECT 1;\nCOMMIT;\n";
        for (Dialect d : Dialect.values()) {
            assertEquals(List.of("BEGIN", "BEGIN TRANSACTION", "START TRANSACTION", "BEGIN WORK",
                    "BEGIN ISOLATION LEVEL SERIALIZABLE", "SELECT 1", "COMMIT"), texts(split(d, src)), d.id());
        }
    }

    @Test
    void gooseBlocks() {
        String src = """
                -- +goose Up
                -- +goose StatementBegin
                CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
                UPDATE t SET a = 1;
                -- +goose StatementEnd
                CREATE INDEX i ON t (a);
                -- +goose Down
                DROP INDEX i
                """;
        LexOptions goose = LexOptions.of(Dialect.POSTGRESQL).withGooseBlocks(true);
        SplitResult r = Splitter.split(src, goose);
        assertEquals(r, streamed(src, goose));
        assertEquals(List.of("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\nUPDATE t SET a = 1",
                "CREATE INDEX i ON t (a)", "DROP INDEX i"), texts(r));
        RawStatement block = r.statements().get(0);
        assertEquals(List.of("-- +goose Up", "-- +goose StatementBegin", "-- +goose StatementEnd"),
                block.comments().stream().map(Token::text).toList());
        assertTrue(block.terminated());
        assertEquals(new Span(38, 121, 3, 1, 4, 19), block.span());
        Token inner = block.tokens().stream().filter(t -> t.text().equals(";")).findFirst().orElseThrow();
        assertEquals(TokenType.OPERATOR, inner.type());
        assertFalse(r.statements().get(2).terminated());
        assertEquals(4, texts(Splitter.split(src, LexOptions.of(Dialect.POSTGRESQL))).size(), "off by default");
    }

    @Test
    void copyDataJoinsItsStatement() {
        String src = "COPY t (a) FROM stdin;\n1;2\n\\.\nCOPY u FROM STDIN WITH (FORMAT csv); -- c\na\n\\.\nSELECT 1;";
        SplitResult r = split(Dialect.POSTGRESQL, src);
        assertEquals(3, r.statements().size());
        RawStatement copy = r.statements().get(0);
        assertEquals("COPY t (a) FROM stdin;\n1;2\n\\.", copy.text());
        Token data = copy.tokens().get(copy.tokens().size() - 1);
        assertEquals(new Token(TokenType.COPY_DATA, "1;2\n\\.", 23, 2, 1), data);
        assertEquals(new Span(0, 29, 1, 1, 3, 3), copy.span());
        assertTrue(copy.terminated());
        assertEquals("COPY u FROM STDIN WITH (FORMAT csv); -- c\na\n\\.", r.statements().get(1).text());
        assertEquals(List.of("-- c"), r.statements().get(2).comments().stream().map(Token::text).toList());
        assertEquals("SELECT 1", r.statements().get(2).text());
        assertEquals("COPY t TO stdout", texts(split(Dialect.POSTGRESQL, "COPY t TO stdout;\n1\n")).get(0));
    }

    @Test
    void copyDataThatNeverEndsIsLexedAsSql() {
        String src = "COPY t FROM stdin;\n-- 1\t2\n-- \\.\nSELECT 1;\nCOPY u FROM stdin;\nSELECT 2;";
        SplitResult r = split(Dialect.POSTGRESQL, src);
        assertEquals(List.of("COPY t FROM stdin", "SELECT 1", "COPY u FROM stdin", "SELECT 2"), texts(r));
        assertEquals(List.of("-- 1\t2", "-- \\."), r.statements().get(1).comments().stream().map(Token::text).toList());
        assertEquals(List.of("unterminated COPY data (started at line 2, column 1)",
                "unterminated COPY data (started at line 6, column 1)"),
                r.problems().stream().map(SourceProblem::message).toList());
        assertEquals(new Span(19, 19, 2, 1, 2, 1), r.problems().get(0).span());
    }

    @Test
    void psqlMetaCommandsAreStatements() {
        String src = "\\set ON_ERROR_STOP 1\nBEGIN;\n\\i other.sql\nSELECT 1;\n\\echo done\nCOMMIT;\n"
                + "\\copy t from stdin\nx\n\\.\n";
        SplitResult r = split(Dialect.POSTGRESQL, src);
        assertEquals(List.of("\\set ON_ERROR_STOP 1", "BEGIN", "\\i other.sql", "SELECT 1", "\\echo done", "COMMIT",
                "\\copy t from stdin\nx\n\\."), texts(r));
        RawStatement meta = r.statements().get(2);
        assertEquals(List.of(new Token(TokenType.META_COMMAND, "\\i other.sql", 28, 3, 1)), meta.tokens());
        assertEquals(new Span(28, 40, 3, 1, 3, 13), meta.span());
        assertEquals(List.of("x \\1"), texts(split(Dialect.MYSQL, "x \\1")));
    }

    @Test
    void batchSeparators() {
        String tsql = "CREATE PROCEDURE p AS\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND\nGO\nDECLARE @v int;\nSELECT 3\ngo\n";
        assertEquals(List.of("CREATE PROCEDURE p AS\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND", "DECLARE @v int", "SELECT 3"),
                texts(split(Dialect.GENERIC, tsql)));
        String plsql = """
                CREATE OR REPLACE PROCEDURE p IS
                  v NUMBER;
                BEGIN
                  v := 1;
                  IF v = 1 THEN v := 2; END IF;
                END;
                /
                DECLARE
                  n NUMBER;
                BEGIN
                  SELECT count(*) INTO n FROM t;
                END;
                /
                BEGIN
                  EXECUTE IMMEDIATE 'DROP TABLE x';
                END;
                /
                SELECT 1 FROM dual;
                """;
        List<String> texts = texts(split(Dialect.GENERIC, plsql));
        assertEquals(4, texts.size(), String.join("\n----\n", texts));
        assertTrue(texts.get(0).endsWith("END IF;\nEND"));
        assertTrue(texts.get(1).startsWith("DECLARE") && texts.get(1).endsWith("END"));
        assertEquals("BEGIN\n  EXECUTE IMMEDIATE 'DROP TABLE x';\nEND", texts.get(2));
        assertEquals(List.of("BEGIN\n x := 1;", "SELECT 1"), texts(split(Dialect.POSTGRESQL, "BEGIN\n x := 1;\n/\nSELECT 1;")),
                "an unclosed block still ends at /");
    }

    @Test
    void topLevelIfBlocks() {
        String anywhere = """
                IF NOT EXISTS(select 1 from t) THEN
                  IF NOT EXISTS(select 2 from t) THEN
                    ALTER TABLE t ADD a int;
                  ELSE IF 1 = 1 THEN SELECT 1; END IF;
                  END IF;
                  SET x = CASE WHEN 1 THEN 2 END;
                END IF;
                SELECT 3;
                """;
        List<String> texts = texts(split(Dialect.MARIADB, anywhere));
        assertEquals(2, texts.size(), String.join("\n----\n", texts));
        assertEquals("SELECT 3", texts.get(1));
        String tsql = "IF OBJECT_ID('x') IS NOT NULL\nBEGIN\n  DROP TABLE x;\n  DROP TABLE y;\nEND;\nIF 1 = 1 SELECT 1;\nSELECT 2;";
        assertEquals(List.of("IF OBJECT_ID('x') IS NOT NULL\nBEGIN\n  DROP TABLE x;\n  DROP TABLE y;\nEND", "IF 1 = 1 SELECT 1",
                "SELECT 2"), texts(split(Dialect.GENERIC, tsql)));
    }

    @Test
    void scriptRunnerConventions() {
        assertEquals(List.of("DECLARE\n v int := 0;\nBEGIN\n v := 1;\nend", "CREATE INDEX i ON t (a)"),
                texts(split(Dialect.GENERIC, "DECLARE\n v int := 0;\nBEGIN\n v := 1;\nend;/\nCREATE INDEX i ON t (a);/\n")));
        assertEquals(List.of("SELECT 1"), texts(split(Dialect.MYSQL, "--DROP TABLE x;\nSELECT 1;")));
        assertEquals(1, split(Dialect.MYSQL, "--DROP TABLE x;\nSELECT 1;").comments().size());
        String pgWithDelimiter = """
                delimiter d//
                CREATE OR REPLACE FUNCTION f() RETURNS void AS $$
                BEGIN
                  ALTER TABLE t RENAME COLUMN "value" TO "data";
                END;
                $$ LANGUAGE plpgsql;
                d//

                select f();
                DROP FUNCTION f();
                delimiter d//
                CREATE FUNCTION g() RETURNS void AS $$ SELECT 1; $$ LANGUAGE sql;
                d//
                """;
        List<String> texts = texts(split(Dialect.POSTGRESQL, pgWithDelimiter));
        assertEquals(4, texts.size(), String.join("\n----\n", texts));
        assertTrue(texts.get(0).startsWith("CREATE OR REPLACE FUNCTION f()"));
        assertTrue(texts.get(0).endsWith("$$ LANGUAGE plpgsql;"));
        assertEquals(List.of("select f()", "DROP FUNCTION f()"), texts.subList(1, 3));
        assertTrue(texts.get(3).startsWith("CREATE FUNCTION g()"));
    }

    @Test
    void unterminatedConstructsDoNotSwallowTheScript() {
        assertRecovery(Dialect.POSTGRESQL, "SELECT 'oops;\nSELECT 2;\n", "SELECT 'oops", "unterminated string literal", "'");
        assertRecovery(Dialect.POSTGRESQL, "SELECT \"oops;\nSELECT 2;\n", "SELECT \"oops", "unterminated quoted identifier", "\"");
        assertRecovery(Dialect.MYSQL, "SELECT `oops;\nSELECT 2;\n", "SELECT `oops", "unterminated quoted identifier", "`");
        assertRecovery(Dialect.MYSQL, "SELECT \"oops;\nSELECT 2;\n", "SELECT \"oops", "unterminated string literal", "\"");
        assertRecovery(Dialect.POSTGRESQL, "SELECT 1 /* oops;\nSELECT 2;\n", "SELECT 1 /* oops", "unterminated block comment", "/*");
        assertRecovery(Dialect.POSTGRESQL, "DO $x$ oops;\nSELECT 2;\n", "DO $x$ oops", "unterminated dollar quote $x$", "$x$");
        assertRecovery(Dialect.POSTGRESQL, "SELECT {{ oops;\nSELECT 2;\n", "SELECT {{ oops", "unterminated template", "{{");
        assertRecovery(Dialect.POSTGRESQL, "SELECT E'oops;\nSELECT 2;\n", "SELECT E'oops", "unterminated string", "E'");
    }

    private static void assertRecovery(Dialect dialect, String src, String first, String problem, String opener) {
        SplitResult r = split(dialect, src);
        assertEquals(List.of(first, "SELECT 2"), texts(r));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith(problem), r.problems().get(0).message());
        int column = r.problems().get(0).span().startColumn();
        assertTrue(r.problems().get(0).message().endsWith("(started at line 1, column " + column + ")"));
        assertEquals(src.indexOf(opener) + 1, column);
    }

    @Test
    void versionCommentOpenersAreComments() {
        SplitResult r = split(Dialect.MYSQL, "/*!40101 SET @OLD=@@SQL_MODE */;\n/*!50003 CREATE TRIGGER t BEFORE INSERT ON x "
                + "FOR EACH ROW BEGIN SET NEW.a = 1; END */;;\nSELECT 1;");
        assertEquals(List.of("SET @OLD=@@SQL_MODE", "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END",
                "SELECT 1"), texts(r));
        assertEquals(List.of(new Token(TokenType.BLOCK_COMMENT, "/*!40101", 0, 1, 1)), r.statements().get(0).comments());
        assertEquals(2, r.comments().size());
    }

    @Test
    void longStatementsKeepTheirHead() {
        StringBuilder sb = new StringBuilder("INSERT INTO t VALUES (0)");
        for (int i = 1; i < 2000; i++) {
            sb.append(",\n(").append(i).append(')');
        }
        String insert = sb.toString();
        String src = "-- seed\n" + insert + ";\nSELECT 1;";
        LexOptions options = new LexOptions(Dialect.POSTGRESQL, false, 100);
        SplitResult r = Splitter.split(src, options);
        assertEquals(r, streamed(src, options));
        RawStatement head = r.statements().get(0);
        assertTrue(head.truncated());
        assertTrue(head.terminated());
        assertTrue(head.text().length() <= 100 && head.text().length() > 90, head.text());
        assertTrue(insert.startsWith(head.text()));
        assertEquals(8 + insert.length(), head.span().endOffset());
        assertEquals(2001, head.span().endLine());
        Token lastKept = head.tokens().get(head.tokens().size() - 1);
        assertEquals(head.text().length() + 8, lastKept.offset() + lastKept.text().length());
        assertEquals("SELECT 1", r.statements().get(1).text());
        assertFalse(r.statements().get(1).truncated());
    }

    @Test
    void streamingAGiantInsertStaysBounded() throws IOException {
        long rows = 1_500_000;
        Reader generated = new Reader() {
            private long row = -1;
            private String pending = "INSERT INTO big (id, name) VALUES\n";
            private int at;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (at == pending.length()) {
                    if (++row > rows) {
                        return -1;
                    }
                    pending = row == rows ? ";\nSELECT 'after';\n" : (row > 0 ? ",\n" : "") + "(" + row + ", 'name " + row + "')";
                    at = 0;
                }
                int n = Math.min(len, pending.length() - at);
                pending.getChars(at, at + n, cbuf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        List<RawStatement> statements = new ArrayList<>();
        Splitter.split(generated, new LexOptions(Dialect.POSTGRESQL, false, 1 << 16), statements::add);
        assertEquals(2, statements.size());
        RawStatement big = statements.get(0);
        assertTrue(big.truncated());
        assertTrue(big.text().length() <= 1 << 16);
        assertTrue(big.tokens().size() < 20_000);
        assertEquals(rows + 1, big.span().endLine());
        assertEquals("SELECT 'after'", statements.get(1).text());
    }

    @Test
    void aHundredMegabyteLineStreams() throws IOException {
        long repeats = 25_000_000;
        Reader line = new Reader() {
            private long emitted;
            private final String unit = "a, ";
            private final String tail = "b;\nSELECT 2;";
            private int tailAt = -1;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (tailAt < 0) {
                    if (emitted == 0) {
                        "SELECT ".getChars(0, 7, cbuf, off);
                        emitted++;
                        return 7;
                    }
                    int n = 0;
                    while (n + 3 <= len && emitted <= repeats) {
                        unit.getChars(0, 3, cbuf, off + n);
                        n += 3;
                        emitted++;
                    }
                    if (emitted > repeats) {
                        tailAt = 0;
                    }
                    return n;
                }
                if (tailAt == tail.length()) {
                    return -1;
                }
                int n = Math.min(len, tail.length() - tailAt);
                tail.getChars(tailAt, tailAt + n, cbuf, off);
                tailAt += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        List<RawStatement> statements = new ArrayList<>();
        Splitter.split(line, LexOptions.of(Dialect.MYSQL), statements::add);
        assertEquals(2, statements.size());
        RawStatement select = statements.get(0);
        long end = 7 + 3 * repeats + 1;
        assertEquals(new Span(0, end, 1, 1, 1, (int) end + 1), select.span());
        assertTrue(select.truncated());
        assertTrue(select.text().length() <= LexOptions.DEFAULT_MAX_STATEMENT_CHARS);
        assertEquals(new Span(end + 2, end + 10, 2, 1, 2, 9), statements.get(1).span());
    }

    @Test
    void byteOrderMarkIsNoColumn() {
        RawStatement s = split(Dialect.POSTGRESQL, "\uFEFFSELECT 1;\nSELECT 2;").statements().get(0);
        assertEquals(new Span(1, 9, 1, 1, 1, 9), s.span());
    }

    @Test
    void hugeSingleTokensStream() throws IOException {
        String src = "SELECT '" + "x".repeat(300_000) + "';\n/* " + "y".repeat(300_000) + " */ SELECT 2;";
        LexOptions options = new LexOptions(Dialect.POSTGRESQL, false, 10_000);
        SplitResult result = Splitter.split(new StringReader(src), options);
        List<RawStatement> statements = result.statements();
        List<Token> comments = result.comments();
        assertEquals(2, statements.size());
        assertTrue(statements.get(0).truncated());
        assertEquals("SELECT", statements.get(0).text());
        assertEquals(300_009, statements.get(0).span().endOffset());
        assertEquals("SELECT 2", statements.get(1).text());
        assertEquals(1, comments.size());
        assertTrue(comments.get(0).text().length() <= 10_000 + 4);
    }
}
