package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static dev.migrationlint.core.spi.TokenType.BLOCK_COMMENT;
import static dev.migrationlint.core.spi.TokenType.COMMA;
import static dev.migrationlint.core.spi.TokenType.DELIMITER;
import static dev.migrationlint.core.spi.TokenType.DOT;
import static dev.migrationlint.core.spi.TokenType.LEFT_PAREN;
import static dev.migrationlint.core.spi.TokenType.LINE_COMMENT;
import static dev.migrationlint.core.spi.TokenType.META_COMMAND;
import static dev.migrationlint.core.spi.TokenType.NUMBER;
import static dev.migrationlint.core.spi.TokenType.OPERATOR;
import static dev.migrationlint.core.spi.TokenType.OTHER;
import static dev.migrationlint.core.spi.TokenType.PARAMETER;
import static dev.migrationlint.core.spi.TokenType.QUOTED_IDENTIFIER;
import static dev.migrationlint.core.spi.TokenType.RIGHT_PAREN;
import static dev.migrationlint.core.spi.TokenType.STRING;
import static dev.migrationlint.core.spi.TokenType.TEMPLATE;
import static dev.migrationlint.core.spi.TokenType.WORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexerTest {

    static List<Token> lex(Dialect dialect, String source) {
        return Lexer.tokenize(source, LexOptions.of(dialect));
    }

    static List<Token> pg(String source) {
        return lex(Dialect.POSTGRESQL, source);
    }

    static List<Token> my(String source) {
        return lex(Dialect.MYSQL, source);
    }

    static void assertToken(Token t, TokenType type, String text, long offset, int line, int column) {
        assertEquals(new Token(type, text, offset, line, column), t);
    }

    /** "TYPE:text" for each token, for compact whole-sequence assertions. */
    static String shape(List<Token> tokens) {
        return tokens.stream().map(t -> t.type() + ":" + t.text()).collect(Collectors.joining(" "));
    }

    @Test
    void positionsOfASimpleStatement() {
        List<Token> t = pg("SELECT a, b\nFROM t;");
        assertEquals(7, t.size());
        assertToken(t.get(0), WORD, "SELECT", 0, 1, 1);
        assertToken(t.get(1), WORD, "a", 7, 1, 8);
        assertToken(t.get(2), COMMA, ",", 8, 1, 9);
        assertToken(t.get(3), WORD, "b", 10, 1, 11);
        assertToken(t.get(4), WORD, "FROM", 12, 2, 1);
        assertToken(t.get(5), WORD, "t", 17, 2, 6);
        assertToken(t.get(6), DELIMITER, ";", 18, 2, 7);
    }

    @Test
    void lfCrlfAndCrEachEndALine() {
        for (String nl : List.of("\n", "\r\n", "\r")) {
            List<Token> t = pg("a" + nl + "  b" + nl + nl + "c");
            int w = nl.length();
            assertToken(t.get(0), WORD, "a", 0, 1, 1);
            assertToken(t.get(1), WORD, "b", 1 + w + 2, 2, 3);
            assertToken(t.get(2), WORD, "c", 1 + w + 3 + 2 * w, 4, 1);
        }
    }

    @Test
    void lineBreaksInsideTokensAreCounted() {
        for (String nl : List.of("\n", "\r\n", "\r")) {
            String src = "'x" + nl + "y' /* a" + nl + nl + "b */ z";
            List<Token> t = pg(src);
            assertToken(t.get(0), STRING, "'x" + nl + "y'", 0, 1, 1);
            assertEquals(BLOCK_COMMENT, t.get(1).type());
            assertEquals(2, t.get(1).line());
            assertEquals(4, t.get(1).column());
            assertToken(t.get(2), WORD, "z", src.length() - 1, 4, 6);
            assertEquals(4, t.get(1).span().endLine());
        }
    }

    @Test
    void columnsCountUtf16CodeUnits() {
        List<Token> t = pg("SELECT café, '😀' AS \"名前\", x");
        assertToken(t.get(1), WORD, "café", 7, 1, 8);
        assertToken(t.get(2), COMMA, ",", 11, 1, 12);
        assertToken(t.get(3), STRING, "'😀'", 13, 1, 14);
        assertToken(t.get(4), WORD, "AS", 18, 1, 19);
        assertToken(t.get(5), QUOTED_IDENTIFIER, "\"名前\"", 21, 1, 22);
        assertToken(t.get(7), WORD, "x", 27, 1, 28);
        List<Token> emojiWord = pg("a😀b c");
        assertToken(emojiWord.get(0), WORD, "a😀b", 0, 1, 1);
        assertToken(emojiWord.get(1), WORD, "c", 5, 1, 6);
    }

    @Test
    void comments() {
        List<Token> t = pg("a -- line\n/* block */ b");
        assertToken(t.get(1), LINE_COMMENT, "-- line", 2, 1, 3);
        assertToken(t.get(2), BLOCK_COMMENT, "/* block */", 10, 2, 1);
        assertToken(t.get(3), WORD, "b", 22, 2, 13);
    }

    @Test
    void blockCommentsNestInPostgresButNotInMysql() {
        assertEquals("BLOCK_COMMENT:/* a /* b */ c */ WORD:x", shape(pg("/* a /* b */ c */ x")));
        assertEquals("BLOCK_COMMENT:/* a /* b */ WORD:c OPERATOR:* OPERATOR:/ WORD:x",
                shape(my("/* a /* b */ c */ x")));
    }

    @Test
    void postgresStrings() {
        assertEquals("STRING:'it''s' STRING:'a\\' WORD:b", shape(pg("'it''s' 'a\\' b")));
        assertEquals("STRING:E'a\\'b' STRING:e'\\\\'", shape(pg("E'a\\'b' e'\\\\'")));
        assertEquals("STRING:U&'d\\0061' QUOTED_IDENTIFIER:U&\"d\\0061\" STRING:B'101' STRING:X'ff' STRING:N'x'",
                shape(pg("U&'d\\0061' U&\"d\\0061\" B'101' X'ff' N'x'")));
        assertEquals("QUOTED_IDENTIFIER:\"a\"\"b\" DOT:. QUOTED_IDENTIFIER:\"c\"", shape(pg("\"a\"\"b\".\"c\"")));
    }

    @Test
    void mysqlQuoting() {
        assertEquals("STRING:'a\\'b' STRING:\"c\\\"d\" STRING:\"e\"\"f\" QUOTED_IDENTIFIER:`g``h`",
                shape(my("'a\\'b' \"c\\\"d\" \"e\"\"f\" `g``h`")));
        assertEquals("WORD:a LINE_COMMENT:# hash WORD:b", shape(my("a # hash\nb")));
        assertEquals("WORD:a OPERATOR:- OPERATOR:- NUMBER:1 LINE_COMMENT:-- c",
                shape(my("a--1 -- c")), "MySQL needs a blank after --");
        assertEquals("WORD:@v OPERATOR:= WORD:@@session DOT:. WORD:sql_mode", shape(my("@v = @@session.sql_mode")));
        assertEquals("WORD:1st_table", shape(my("1st_table")));
    }

    @Test
    void sqliteH2AndGenericQuoting() {
        assertEquals("QUOTED_IDENTIFIER:`a``b` QUOTED_IDENTIFIER:\"c\" STRING:'it''s' PARAMETER:$name PARAMETER::v "
                + "PARAMETER:? STRING:'a\\'", shape(lex(Dialect.SQLITE, "`a``b` \"c\" 'it''s' $name :v ? 'a\\'")));
        assertEquals("WORD:CREATE WORD:ALIAS WORD:f WORD:AS STRING:$$ String f() { return \"}\"; } $$",
                shape(lex(Dialect.H2, "CREATE ALIAS f AS $$ String f() { return \"}\"; } $$")));
        assertEquals("BLOCK_COMMENT:/* /* */ */ STRING:E'\\'' STRING:$q$x$q$",
                shape(lex(Dialect.GENERIC, "/* /* */ */ E'\\'' $q$x$q$")));
        assertEquals("STRING:'a\\' WORD:b OTHER:'", shape(lex(Dialect.H2, "'a\\' b '")),
                "no backslash escapes outside MySQL and E''");
    }

    @Test
    void mysqlVersionCommentsAreCode() {
        List<Token> t = my("/*!40101 SET NAMES utf8 */;\n/*!50001 DROP VIEW v*/;");
        assertEquals("BLOCK_COMMENT:/*!40101 WORD:SET WORD:NAMES WORD:utf8 DELIMITER:; "
                + "BLOCK_COMMENT:/*!50001 WORD:DROP WORD:VIEW WORD:v DELIMITER:;", shape(t));
        assertToken(t.get(0), BLOCK_COMMENT, "/*!40101", 0, 1, 1);
        assertToken(t.get(1), WORD, "SET", 9, 1, 10);
        assertToken(t.get(4), DELIMITER, ";", 26, 1, 27);
        assertEquals("BLOCK_COMMENT:/*! WORD:STRAIGHT_JOIN", shape(my("/*! STRAIGHT_JOIN */")));
    }

    @Test
    void versionCommentsRunOnlyWhereTheTargetServerRunsThem() {
        String src = "ALTER TABLE t ADD a int /*!80023 INVISIBLE */;\n/*M!100500 ALTER TABLE t ADD b int */;\n"
                + "/*!50700 ALTER TABLE t ADD c int */;\n/*!101100 ALTER TABLE t ADD d int */;";
        assertEquals("WORD:ALTER WORD:TABLE WORD:t WORD:ADD WORD:a WORD:int BLOCK_COMMENT:/*!80023 WORD:INVISIBLE "
                        + "DELIMITER:; BLOCK_COMMENT:/*M!100500 ALTER TABLE t ADD b int */ DELIMITER:; BLOCK_COMMENT:/*!50700 "
                        + "WORD:ALTER WORD:TABLE WORD:t WORD:ADD WORD:c WORD:int DELIMITER:; "
                        + "BLOCK_COMMENT:/*!101100 ALTER TABLE t ADD d int */ DELIMITER:;",
                shape(versioned(Dialect.MYSQL, "8.0", src)), "MySQL skips MariaDB-only and later comments");
        assertEquals("WORD:ALTER WORD:TABLE WORD:t WORD:ADD WORD:a WORD:int BLOCK_COMMENT:/*!80023 INVISIBLE */ "
                        + "DELIMITER:; BLOCK_COMMENT:/*M!100500 ALTER TABLE t ADD b int */ DELIMITER:; BLOCK_COMMENT:/*!50700 "
                        + "WORD:ALTER WORD:TABLE WORD:t WORD:ADD WORD:c WORD:int DELIMITER:; "
                        + "BLOCK_COMMENT:/*!101100 ALTER TABLE t ADD d int */ DELIMITER:;",
                shape(versioned(Dialect.MYSQL, "8.0.22", src)), "8.0.22 is older than 8.0.23");
        assertEquals("WORD:ALTER WORD:TABLE WORD:t WORD:ADD WORD:a WORD:int BLOCK_COMMENT:/*!80023 INVISIBLE */ "
                        + "DELIMITER:; BLOCK_COMMENT:/*M!100500 WORD:ALTER WORD:TABLE WORD:t WORD:ADD WORD:b WORD:int "
                        + "DELIMITER:; BLOCK_COMMENT:/*!50700 ALTER TABLE t ADD c int */ DELIMITER:; "
                        + "BLOCK_COMMENT:/*!101100 WORD:ALTER WORD:TABLE WORD:t WORD:ADD WORD:d WORD:int DELIMITER:;",
                shape(versioned(Dialect.MARIADB, "10.11", src)), "MariaDB skips MySQL 5.7+ comments");
        assertEquals("BLOCK_COMMENT:/*M!100500 ALTER TABLE t ADD b int */ DELIMITER:;",
                shape(versioned(Dialect.MARIADB, "10.4", "/*M!100500 ALTER TABLE t ADD b int */;")));
        assertEquals("BLOCK_COMMENT:/*!40101 WORD:SET WORD:NAMES WORD:utf8 DELIMITER:;",
                shape(versioned(Dialect.MARIADB, "10.4", "/*!40101 SET NAMES utf8 */;")));
    }

    private static List<Token> versioned(Dialect dialect, String version, String source) {
        return Lexer.tokenize(source, LexOptions.of(dialect).withTargetVersion(
                dev.migrationlint.core.spi.TargetVersion.parse(version)));
    }

    @Test
    void numbersAndOperators() {
        assertEquals("NUMBER:1 NUMBER:1.5 NUMBER:.5 NUMBER:1e10 NUMBER:1.5E-3 NUMBER:0x1F NUMBER:1_000",
                shape(pg("1 1.5 .5 1e10 1.5E-3 0x1F 1_000")));
        assertEquals("WORD:a OPERATOR::: WORD:int OPERATOR:->> STRING:'k' OPERATOR:<= OPERATOR:|| OPERATOR::= "
                        + "OPERATOR:<> OPERATOR:!= OPERATOR:-> OPERATOR:#>> OPERATOR:@> OPERATOR:= OPERATOR:+",
                shape(pg("a::int->>'k' <= || := <> != -> #>> @> = +")));
        assertEquals("WORD:arr OPERATOR:[ NUMBER:1 OPERATOR:] OPERATOR:?| OPERATOR:?&",
                shape(pg("arr[1] ?| ?&")));
        assertEquals("LEFT_PAREN:( RIGHT_PAREN:) COMMA:, DOT:. DELIMITER:;", shape(pg("(),.;")));
    }

    @Test
    void parametersAndPlaceholders() {
        List<Token> t = pg("SELECT $1, ?, ${schema}.t, :name, :'v', ${flyway:user}");
        assertEquals("WORD:SELECT PARAMETER:$1 COMMA:, PARAMETER:? COMMA:, PARAMETER:${schema} DOT:. WORD:t COMMA:, "
                + "PARAMETER::name COMMA:, PARAMETER::'v' COMMA:, PARAMETER:${flyway:user}", shape(t));
        assertToken(t.get(5), PARAMETER, "${schema}", 14, 1, 15);
        assertEquals("PARAMETER:${schema} DOT:. WORD:t", shape(my("${schema}.t")));
    }

    @Test
    void dollarQuotes() {
        List<Token> t = pg("DO $$ BEGIN; 'x' END $$; $body$ a $$ b $x$ $body$ $1 a$b");
        assertEquals("WORD:DO STRING:$$ BEGIN; 'x' END $$ DELIMITER:; STRING:$body$ a $$ b $x$ $body$ "
                + "PARAMETER:$1 WORD:a$b", shape(t));
        assertToken(t.get(3), STRING, "$body$ a $$ b $x$ $body$", 25, 1, 26);
        List<Token> multi = pg("AS $fn$\nline\n$fn$ x");
        assertToken(multi.get(1), STRING, "$fn$\nline\n$fn$", 3, 1, 4);
        assertToken(multi.get(2), WORD, "x", 18, 3, 6);
        assertEquals("WORD:$$ WORD:x", shape(my("$$ x")), "no dollar quoting in MySQL");
    }

    @Test
    void goTemplates() {
        List<Token> t = pg("{{if .mysql}}SELECT 1{{end}} {{ index .Options \"Name}}space\" }}.users\n{{- /* x\n' */ -}} y");
        assertEquals("TEMPLATE:{{if .mysql}} WORD:SELECT NUMBER:1 TEMPLATE:{{end}} "
                + "TEMPLATE:{{ index .Options \"Name}}space\" }} DOT:. WORD:users TEMPLATE:{{- /* x\n' */ -}} WORD:y",
                shape(t));
        assertToken(t.get(7), TEMPLATE, "{{- /* x\n' */ -}}", 70, 2, 1);
        assertToken(t.get(8), WORD, "y", 88, 3, 10);
    }

    @Test
    void psqlMetaCommandsTakeTheirLine() {
        List<Token> t = pg("\\set ON_ERROR_STOP 1\n  \\connect db\nSELECT 1 \\\\ x");
        assertToken(t.get(0), META_COMMAND, "\\set ON_ERROR_STOP 1", 0, 1, 1);
        assertToken(t.get(1), META_COMMAND, "\\connect db", 23, 2, 3);
        assertEquals(OTHER, t.get(4).type(), "a backslash inside a line is no meta-command");
    }

    @Test
    void copyDataFollowsCopyFromStdin() {
        String src = "COPY t (a, b) FROM stdin;\n1\tx;y\n\\N\t'\n\\.\nSELECT 1;";
        List<Token> t = pg(src);
        assertToken(t.get(10), TokenType.COPY_DATA, "1\tx;y\n\\N\t'\n\\.", 26, 2, 1);
        assertToken(t.get(11), WORD, "SELECT", 40, 5, 1);
        List<Token> crlf = pg("COPY t FROM STDIN;\r\n1\r\n\\.\r\nx");
        assertEquals("WORD:COPY WORD:t WORD:FROM WORD:STDIN DELIMITER:; COPY_DATA:1\r\n\\. WORD:x", shape(crlf));
        assertEquals(2, crlf.get(5).line());
        assertEquals(4, crlf.get(6).line());
    }

    @Test
    void batchSeparatorLines() {
        List<Token> t = pg("a\nGO\n  go  \nb / c\n/\nGOTO");
        assertEquals("WORD:a DELIMITER:GO DELIMITER:go WORD:b OPERATOR:/ WORD:c DELIMITER:/ WORD:GOTO", shape(t));
        assertToken(t.get(2), DELIMITER, "go", 7, 3, 3);
    }

    @Test
    void delimiterLinesChangeTheDelimiter() {
        List<Token> t = my("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\ndelimiter ;\nSELECT 2;");
        assertEquals("WORD:CREATE WORD:PROCEDURE WORD:p LEFT_PAREN:( RIGHT_PAREN:) WORD:BEGIN WORD:SELECT NUMBER:1 "
                + "OPERATOR:; WORD:END DELIMITER:$$ WORD:SELECT NUMBER:2 DELIMITER:;", shape(t));
        assertToken(t.get(10), DELIMITER, "$$", 53, 2, 41);
        assertEquals("WORD:a DELIMITER:;; WORD:b DELIMITER:;; OPERATOR:;", shape(my("DELIMITER ;;\na;;b;;;")));
        assertEquals("WORD:END OPERATOR:; DELIMITER:d// WORD:drop", shape(my("delimiter d//\nEND;\nd//\ndrop")));
        assertEquals("WORD:x WORD:DELIMITER WORD:y", shape(my("x\nDELIMITER y")), "only at a statement start");
        assertEquals("WORD:COPY WORD:t WORD:FROM STRING:'f' WORD:DELIMITER STRING:','",
                shape(pg("COPY t FROM 'f'\nDELIMITER ','")));
        assertEquals("WORD:x DELIMITER:$", shape(pg("DELIMITER $\nx$")), "any dialect, at a statement start");
    }

    @Test
    void unterminatedConstructsResumeAfterTheOpener() {
        assertRecovers(Dialect.POSTGRESQL, "SELECT 'abc;\nSELECT 2;", "OTHER:'",
                "unterminated string literal (started at line 1, column 8)", 7, 1, 8, 1, 9);
        assertRecovers(Dialect.POSTGRESQL, "SELECT E'abc;\nSELECT 2;", "OTHER:E'",
                "unterminated string literal (started at line 1, column 8)", 7, 1, 8, 1, 10);
        assertRecovers(Dialect.POSTGRESQL, "SELECT \"abc;\nSELECT 2;", "OTHER:\"",
                "unterminated quoted identifier (started at line 1, column 8)", 7, 1, 8, 1, 9);
        assertRecovers(Dialect.MYSQL, "SELECT `abc;\nSELECT 2;", "OTHER:`",
                "unterminated quoted identifier (started at line 1, column 8)", 7, 1, 8, 1, 9);
        assertRecovers(Dialect.POSTGRESQL, "x\n  /* abc;\nSELECT 2;", "OTHER:/*",
                "unterminated block comment (started at line 2, column 3)", 4, 2, 3, 2, 5);
        assertRecovers(Dialect.POSTGRESQL, "SELECT 1;\nCREATE FUNCTION f() AS $body$ abc;\nSELECT 2;", "OTHER:$body$",
                "unterminated dollar quote $body$ (started at line 2, column 24)", 33, 2, 24, 2, 30);
        assertRecovers(Dialect.POSTGRESQL, "{{ if .x ;\nSELECT 2;", "OTHER:{{",
                "unterminated template action {{ (started at line 1, column 1)", 0, 1, 1, 1, 3);
    }

    private static void assertRecovers(Dialect dialect, String src, String opener, String message, long offset,
                                       int line, int column, int endLine, int endColumn) {
        Lexer lexer = new Lexer(src, LexOptions.of(dialect));
        StringBuilder shape = new StringBuilder();
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
            shape.append(t.type()).append(':').append(t.text()).append(' ');
        }
        assertTrue(shape.toString().contains(opener + " "), shape.toString());
        assertTrue(shape.toString().endsWith("WORD:SELECT NUMBER:2 DELIMITER:; "), shape.toString());
        List<SourceProblem> problems = lexer.problems();
        assertEquals(1, problems.size(), problems.toString());
        SourceProblem p = problems.get(0);
        assertEquals(SourceProblem.Kind.UNTERMINATED, p.kind());
        assertEquals(message, p.message());
        assertEquals(offset, p.span().startOffset());
        assertEquals(offset + opener.length() - opener.indexOf(':') - 1, p.span().endOffset());
        assertEquals(line, p.span().startLine());
        assertEquals(column, p.span().startColumn());
        assertEquals(endLine, p.span().endLine());
        assertEquals(endColumn, p.span().endColumn());
    }

    @Test
    void unterminatedVersionComment() {
        Lexer lexer = new Lexer("SELECT 1;\n  /*!40101 SET x = 1;", LexOptions.of(Dialect.MARIADB));
        int count = 0;
        while (lexer.next() != null) {
            count++;
        }
        assertEquals(9, count);
        assertEquals(List.of(new SourceProblem(SourceProblem.Kind.UNTERMINATED,
                "unterminated version comment /*!40101 (started at line 2, column 3)",
                new dev.migrationlint.core.spi.Span(12, 20, 2, 3, 2, 11))), lexer.problems());
    }

    @Test
    void readerInputGivesTheSameTokens() {
        String src = "SELECT 'a''b', $x$ $ $x$ FROM \"t\" -- c\r\n/* d */ WHERE x = ?;\n\\echo hi\n";
        Lexer lexer = new Lexer(new SplitterTest.TrickleReader(src), LexOptions.of(Dialect.POSTGRESQL));
        List<Token> streamed = new java.util.ArrayList<>();
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
            streamed.add(t);
        }
        assertEquals(pg(src), streamed);
    }

    @Test
    void garbageNeverThrows() {
        StringBuilder sb = new StringBuilder();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 200_000; i++) {
            sb.append((char) random.nextInt(0x10000));
        }
        sb.append("\0\0\uD800 x \uDC00' \" ` $a$ /* {{ ");
        for (Dialect d : Dialect.values()) {
            List<Token> tokens = lex(d, sb.toString());
            long covered = tokens.stream().mapToLong(t -> t.text().length()).sum();
            assertTrue(covered > 0 && covered <= sb.length());
        }
        assertEquals("OTHER:\0 WORD:\uD800", shape(pg("\0\uD800")));
    }

    @Test
    void deepNestingIsIterative() {
        String deep = "(".repeat(100_000) + ")".repeat(100_000);
        List<Token> t = pg(deep);
        assertEquals(200_000, t.size());
        assertEquals(LEFT_PAREN, t.get(99_999).type());
        assertEquals(RIGHT_PAREN, t.get(100_000).type());
        assertEquals(DOT, pg(".").get(0).type());
        assertEquals(NUMBER, pg("1").get(0).type());
        assertEquals(OPERATOR, pg("+").get(0).type());
    }
}
