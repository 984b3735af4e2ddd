package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Expression;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.TypeRef;
import dev.migrationlint.core.spi.Volatility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class TypesAndExpressionsTest {

    private static ColumnDef column(Dialect dialect, String definition) {
        Fact fact = Sql.fact(dialect, "ALTER TABLE t ADD COLUMN " + definition);
        Fact.AlterTable alter = assertInstanceOf(Fact.AlterTable.class, fact, definition);
        assertEquals(1, alter.actions().size(), definition);
        return assertInstanceOf(dev.migrationlint.core.spi.AlterAction.AddColumn.class, alter.actions().get(0))
                .column();
    }

    private static List<Integer> ints(String list) {
        return list.isEmpty() ? List.of() : Arrays.stream(list.split(" ")).map(Integer::valueOf).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int | integer | | false",
        "INT4 | integer | | false",
        "integer | integer | | false",
        "int8 | bigint | | false",
        "int2 | smallint | | false",
        "serial4 | serial | | false",
        "serial8 | bigserial | | false",
        "smallserial | smallserial | | false",
        "character varying(255) | varchar | 255 | false",
        "varchar | varchar | | false",
        "character(3) | char | 3 | false",
        "char(3) | char | 3 | false",
        "bpchar | char | | false",
        "bool | boolean | | false",
        "float8 | double precision | | false",
        "double precision | double precision | | false",
        "float4 | real | | false",
        "float | double precision | | false",
        "float(10) | real | 10 | false",
        "decimal(12, 4) | numeric | 12 4 | false",
        "numeric | numeric | | false",
        "timestamp(3) with time zone | timestamptz | 3 | false",
        "timestamptz | timestamptz | | false",
        "timestamp without time zone | timestamp | | false",
        "timestamp | timestamp | | false",
        "time with time zone | timetz | | false",
        "varbit(8) | varbit | 8 | false",
        "bit varying(8) | varbit | 8 | false",
        "text[] | text | | true",
        "integer[3][3] | integer | | true",
        "int ARRAY | integer | | true",
        "character varying(20)[] | varchar | 20 | true",
        "public.citext | citext | | false",
        "\"MyType\" | MyType | | false",
        "jsonb | jsonb | | false",
        "interval day to second(3) | interval | 3 | false",
        "geometry(Point, 4326) | geometry | | false",
    })
    void postgresTypes(String written, String name, String modifiers, boolean array) {
        TypeRef type = column(Dialect.POSTGRESQL, "c " + written + " NOT NULL").type();
        assertEquals(new TypeRef(name, ints(modifiers == null ? "" : modifiers), array, written), type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tinyint(1) | tinyint | 1",
        "int unsigned | integer | ",
        "bigint(20) unsigned zerofill | bigint | 20",
        "varchar(255) | varchar | 255",
        "longtext | longtext | ",
        "enum('a','b') | enum | ",
        "float | float | ",
        "double | double precision | ",
        "decimal(10,2) | numeric | 10 2",
        "datetime(6) | datetime | 6",
    })
    void mysqlTypes(String written, String name, String modifiers) {
        TypeRef type = column(Dialect.MYSQL, "c " + written + " NOT NULL").type();
        assertEquals(new TypeRef(name, ints(modifiers == null ? "" : modifiers), false, written), type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | CONSTANT | ",
        "'x' | CONSTANT | ",
        "'{}'::jsonb | CONSTANT | ",
        "ARRAY[]::text[] | CONSTANT | ",
        "true | CONSTANT | ",
        "-1 * 2 + 3 | CONSTANT | ",
        "lower('X') | CONSTANT | lower",
        "'2020-01-01'::timestamp | CONSTANT | ",
        "CAST('1' AS numeric(10, 2)) | CONSTANT | ",
        "now() | STABLE | now",
        "CURRENT_TIMESTAMP | STABLE | current_timestamp",
        "CURRENT_TIMESTAMP(3) | STABLE | current_timestamp",
        "current_date | STABLE | current_date",
        "current_time | STABLE | current_time",
        "localtimestamp | STABLE | localtimestamp",
        "transaction_timestamp() | STABLE | transaction_timestamp",
        "statement_timestamp() | STABLE | statement_timestamp",
        "current_user | STABLE | current_user",
        "session_user | STABLE | session_user",
        "now() + interval '1 day' | STABLE | now",
        "clock_timestamp() | VOLATILE | clock_timestamp",
        "timeofday() | VOLATILE | timeofday",
        "random() | VOLATILE | random",
        "gen_random_uuid() | VOLATILE | gen_random_uuid",
        "public.uuid_generate_v4() | VOLATILE | uuid_generate_v4",
        "uuid_generate_v1() | VOLATILE | uuid_generate_v1",
        "uuid_generate_v1mc() | VOLATILE | uuid_generate_v1mc",
        "uuid_generate_v7() | VOLATILE | uuid_generate_v7",
        "nextval('s'::regclass) | VOLATILE | nextval",
        "my_func(1) | UNKNOWN_FUNCTION | my_func",
        "coalesce(my_func(1), now()) | UNKNOWN_FUNCTION | coalesce my_func now",
        "floor(random() * 10) | VOLATILE | floor random",
    })
    void postgresVolatility(String expression, Volatility volatility, String functions) {
        Expression e = column(Dialect.POSTGRESQL, "c text DEFAULT " + expression + " NOT NULL").defaultValue();
        assertEquals(expression, e.text());
        assertEquals(volatility, e.volatility(), expression);
        assertEquals(functions == null ? List.of() : List.of(functions.split(" ")), e.functions());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CURRENT_TIMESTAMP | STABLE",
        "NOW() | STABLE",
        "(UUID()) | VOLATILE",
        "'0' | CONSTANT",
        "NULL | CONSTANT",
    })
    void mysqlVolatility(String expression, Volatility volatility) {
        Expression e = column(Dialect.MYSQL, "c varchar(36) DEFAULT " + expression + " COMMENT 'x'").defaultValue();
        assertEquals(expression, e.text());
        assertEquals(volatility, e.volatility());
    }
}
