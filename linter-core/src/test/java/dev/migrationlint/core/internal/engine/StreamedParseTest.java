package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.ContentOverrides;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.recognize.Recognizer;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.Settings;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.TargetVersion;
import dev.migrationlint.core.spi.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streamed parse of large files gives what a whole read gives, with runs of data statements compacted. */
class StreamedParseTest {

    @TempDir
    Path dir;

    private static final Engine WHOLE = engine(Long.MAX_VALUE);
    private static final Engine STREAMED = engine(-1);

    private static Engine engine(long streamAbove) {
        return new Engine(List.of(), new Engine.Options(Settings.defaults(), false, null, null, List.of(),
                new RuleLevelResolver(Map.of(), List.of()), java.util.Set.of(), Map.of(), Provenance.NONE, ContentOverrides.NONE), streamAbove);
    }

    private Migration migration(String name, byte[] content, Runner runner) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, content);
            return new Migration("db/" + name, file, "db", Version.parse("1"), "x", MigrationKind.VERSIONED,
                    Language.SQL, runner.name().toLowerCase(), runner, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Settings settings(Dialect dialect) {
        Settings d = Settings.defaults();
        return new Settings(dialect, TargetVersion.parse(Engine.defaultVersion(dialect)), d.defaultSchema(),
                d.lockTimeoutSetByRunner(), d.statementTimeoutSetByRunner(), d.requireUndo(), d.flyway(),
                d.golangMigrateMultiStatement(), d.java(), d.limits());
    }

    private static ParsedMigration parse(Engine engine, Migration m, Dialect dialect) {
        Settings s = settings(dialect);
        return engine.parse(m, s, new Recognizer(dialect, s.defaultSchema()), ContentOverrides.NONE);
    }

    /** The whole parse with runs of equal data statements folded as the streamed parse folds them. */
    private static ParsedMigration compacted(ParsedMigration whole) {
        List<RawStatement> statements = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        long absorbed = 0;
        for (int i = 0; i < whole.statements().size(); i++) {
            RawStatement s = whole.statements().get(i);
            int last = statements.size() - 1;
            if (last >= 0 && s.comments().isEmpty() && StreamedParse.sameDataChange(facts.get(last),
                    whole.facts().get(i))) {
                RawStatement first = statements.get(last);
                statements.set(last, new RawStatement(first.span().to(s.span()), first.text(), first.tokens(),
                        first.comments(), first.truncated(), s.terminated()));
                absorbed++;
            } else {
                statements.add(s);
                facts.add(whole.facts().get(i));
            }
        }
        return new ParsedMigration(whole.migration(), statements, facts, whole.comments(), whole.problems(),
                whole.blank(), absorbed).withBytes(whole.bytes());
    }

    private void assertSameParse(String name, byte[] content, Dialect dialect, Runner runner) {
        Migration m = migration(name, content, runner);
        ParsedMigration expected = compacted(parse(WHOLE, m, dialect));
        ParsedMigration actual = parse(STREAMED, m, dialect);
        assertEquals(expected, actual, name);
    }

    private static final List<String> SCRIPTS = List.of(
            "",
            "  \n\t\r\n",
            "-- only a comment\n",
            "\uFEFFCREATE TABLE a (id int);\r\nINSERT INTO a VALUES (1);\r\nINSERT INTO a VALUES (2);\r\n",
            "INSERT INTO a VALUES (1); INSERT INTO a VALUES (2); -- note\nINSERT INTO a VALUES (3);\n"
                    + "INSERT INTO b VALUES (1); UPDATE a SET x = 1; UPDATE a SET x = 2 WHERE id = 1;\n"
                    + "UPDATE a SET x = 3 WHERE id = 2; DELETE FROM a; SELECT 1; SELECT 2;\n",
            "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN RETURN NEW; END $body$ LANGUAGE plpgsql;\n"
                    + "DO $$ BEGIN PERFORM 1; END $$;\nINSERT INTO t VALUES ('it''s', E'a\\'b', $q$x;y$q$);",
            "COPY a (id, name) FROM stdin;\n1\tone\n2\ttwo\n\\.\nCOPY a (id, name) FROM stdin;\n3\tthree\n\\.\n"
                    + "INSERT INTO a VALUES (4);",
            "-- +goose Up\nINSERT INTO a VALUES (1);\n-- +goose StatementBegin\nINSERT INTO a VALUES (2);\n"
                    + "-- +goose StatementEnd\n-- +goose Down\nDELETE FROM a;\n",
            "/* migration-lint-ignore ban-data-change-outside-bootstrap: seed */\nINSERT INTO a VALUES (1);\n"
                    + "INSERT INTO a VALUES (2);\n",
            "CREATE INDEX CONCURRENTLY i ON a (x);\nALTER TABLE a ADD COLUMN y int",
            "SELECT 'unterminated\n;\nINSERT INTO a VALUES (1);",
            "INSERT INTO a VALUES ($tag$ never closed ;\n");

    @Test
    void streamingGivesTheWholeParseWithDataRunsCompacted() {
        int i = 0;
        for (String script : SCRIPTS) {
            byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
            assertSameParse("V" + i++ + "__s.sql", bytes, Dialect.POSTGRESQL, Runner.FLYWAY);
            assertSameParse("V" + i++ + "__s.sql", bytes, Dialect.POSTGRESQL, Runner.GOOSE);
            assertSameParse("V" + i++ + "__s.sql", bytes, Dialect.MYSQL, Runner.FLYWAY);
        }
    }

    @Test
    void streamingGivesTheWholeParseForEveryTestdataScript() throws IOException {
        Path testdata = Path.of("..", "testdata");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(testdata)) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "testdata holds SQL scripts");
        int i = 0;
        for (Path f : files) {
            assertSameParse("V" + i++ + "__t.sql", Files.readAllBytes(f), Dialect.POSTGRESQL, Runner.FLYWAY);
        }
    }

    @Test
    void invalidUtf8AndBinaryContentAreReportedAsForAWholeRead() {
        Random random = new Random(42);
        String sql = "INSERT INTO a VALUES (1, 'x');\n -- c\n";
        for (int n = 0; n < 60; n++) {
            byte[] bytes = new byte[random.nextInt(100_000)];
            for (int k = 0; k < bytes.length; k++) {
                // mostly SQL-ish ASCII, sometimes a stray high byte or a broken sequence
                int r = random.nextInt(1000);
                bytes[k] = r < 3 ? (byte) (0x80 + random.nextInt(0x80)) : r < 5 ? (byte) 0xE2
                        : (byte) sql.charAt(random.nextInt(sql.length()));
            }
            assertSameParse("V" + n + "__r.sql", bytes, Dialect.POSTGRESQL, Runner.FLYWAY);
        }
        byte[] binary = new byte[20_000];
        binary[100] = 0;
        assertSameParse("V900__bin.sql", binary, Dialect.POSTGRESQL, Runner.FLYWAY);
        byte[] endsBroken = {'S', 'E', 'L', 'E', 'C', 'T', ' ', 1, (byte) 0xF0, (byte) 0x9F, (byte) 0x98};
        assertSameParse("V901__end.sql", endsBroken, Dialect.POSTGRESQL, Runner.FLYWAY);
    }

    @Test
    void consecutiveRowsIntoOneTableAreKeptAsOneStatementSpanningTheRun() {
        String script = "INSERT INTO a VALUES (1);\nINSERT INTO a VALUES (2);\nINSERT INTO a VALUES (3);\n"
                + "-- next table\nINSERT INTO b VALUES (1);\nINSERT INTO b VALUES (2);\n";
        ParsedMigration p = parse(STREAMED, migration("V1__seed.sql", script.getBytes(StandardCharsets.UTF_8),
                Runner.FLYWAY), Dialect.POSTGRESQL);
        assertEquals(2, p.statements().size());
        assertEquals(3, p.absorbed(), "the folded rows still count as statements");
        RawStatement a = p.statements().get(0);
        assertEquals("INSERT INTO a VALUES (1)", a.text());
        assertEquals(new Span(0, 76, 1, 1, 3, 25), a.span());
        assertEquals(List.of("-- next table"), p.statements().get(1).comments().stream().map(t -> t.text()).toList());
        assertEquals(5, p.statements().get(1).span().startLine());
        assertEquals(6, p.statements().get(1).span().endLine());
    }

    @Test
    void aLargeSeedFileIsStreamedWithBoundedStatements() throws IOException {
        Path file = dir.resolve("V1__seed.sql");
        byte[] row = "INSERT INTO items (id, name) VALUES (1, 'an item');\n".getBytes(StandardCharsets.US_ASCII);
        int rows = 100_000;
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("CREATE TABLE items (id int PRIMARY KEY, name text);\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < rows; i++) {
                out.write(row);
            }
        }
        Migration m = new Migration("db/V1__seed.sql", file, "db", Version.parse("1"), "seed",
                MigrationKind.VERSIONED, Language.SQL, "flyway", Runner.FLYWAY, null, null);
        ParsedMigration p = parse(STREAMED, m, Dialect.POSTGRESQL);
        assertEquals(2, p.statements().size());
        assertEquals(rows - 1, p.absorbed());
        assertEquals(rows + 1, p.statements().get(1).span().endLine());
        assertTrue(p.problems().isEmpty(), () -> p.problems().stream().map(SourceProblem::message).toList()
                .toString());
    }
}
