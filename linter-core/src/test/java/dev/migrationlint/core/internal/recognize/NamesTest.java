package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Name resolution (architecture.md "Names") and Go template branches, through DROP TABLE and CREATE TABLE. */
class NamesTest {

    private static ObjectName dropped(Dialect dialect, String name) {
        Fact.DropTable f = assertInstanceOf(Fact.DropTable.class, Sql.fact(dialect, "DROP TABLE " + name));
        assertEquals(1, f.tables().size());
        return f.tables().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "users | public | users | false",
        "USERS | public | users | false",
        "Public.Users | public | users | true",
        "\"Users\" | public | Users | false",
        "\"a\"\"b\" | public | a\"b | false",
        "\"Audit\".\"Log\" | Audit | Log | true",
        "db.audit.log | audit | log | true",
        "${schema}.t | public | t | false",
        "${flyway:defaultSchema}.\"T\" | public | T | false",
        "${schema}_audit.t | ${schema}_audit | t | true",
        "${prefix}users | public | ${prefix}users | false",
        ":\"schema\".t | public | t | false",
    })
    void postgresNames(String written, String schema, String name, boolean schemaWritten) {
        ObjectName n = dropped(Dialect.POSTGRESQL, written);
        assertEquals(schema, n.schema(), written);
        assertEquals(name, n.name(), written);
        assertEquals(schemaWritten, n.schemaWritten(), written);
    }

    @Test
    void namesAreEqualWhateverTheSpelling() {
        assertEquals(dropped(Dialect.POSTGRESQL, "public.t"), dropped(Dialect.POSTGRESQL, "t"));
        assertEquals(dropped(Dialect.POSTGRESQL, "t"), dropped(Dialect.POSTGRESQL, "\"t\""));
        assertEquals(dropped(Dialect.POSTGRESQL, "T"), dropped(Dialect.POSTGRESQL, "${schema}.\"t\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "`Users` | public | Users | false",
        "`a``b` | public | a`b | false",
        "`app`.`t` | app | t | true",
        "APP.T | app | t | true",
    })
    void mysqlNames(String written, String schema, String name, boolean schemaWritten) {
        ObjectName n = dropped(Dialect.MYSQL, written);
        assertEquals(new ObjectName(schema, name, schemaWritten), n);
        assertEquals(schemaWritten, n.schemaWritten());
    }

    @Test
    void configuredDefaultSchema() {
        Recognizer recognizer = new Recognizer(Dialect.POSTGRESQL, "app");
        Fact fact = recognizer.recognize(Sql.split(Dialect.POSTGRESQL, "DROP TABLE t, ${schema}.u").get(0).tokens());
        assertEquals(List.of(new ObjectName("app", "t", false), new ObjectName("app", "u", false)),
                assertInstanceOf(Fact.DropTable.class, fact).tables());
    }

    @Test
    void templateBranchesNest() {
        String sql = "CREATE TABLE t (a int{{if .mysql}}, m int{{else if .postgres}}, p int"
                + "{{if .plugin}}, q int{{else}}, r int{{end}}{{else}}, s int{{end}}, z int)";
        assertEquals(List.of("a", "p", "q", "z"), columns(Dialect.POSTGRESQL, sql));
        assertEquals(List.of("a", "m", "z"), columns(Dialect.MYSQL, sql));
        assertEquals(List.of("a", "s", "z"), columns(Dialect.SQLITE, sql));
    }

    private static List<String> columns(Dialect dialect, String sql) {
        Fact.CreateTable f = assertInstanceOf(Fact.CreateTable.class, Sql.fact(dialect, sql));
        return f.columns().stream().map(c -> c.name()).toList();
    }
}
