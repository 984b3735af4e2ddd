package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Expression;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;
import dev.migrationlint.core.spi.Volatility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expressions of defaults, USING clauses and CHECK constraints: their text, the functions they
 * call and their volatility, from a built-in table of PostgreSQL and MySQL functions. Volatility
 * decides whether {@code ADD COLUMN ... DEFAULT} rewrites the table, so an unknown function is
 * reported as such rather than guessed at.
 */
final class Expressions {
    private Expressions() {
    }

    private static final Map<String, Volatility> FUNCTIONS = functionTable();

    private static Map<String, Volatility> functionTable() {
        Map<String, Volatility> m = new java.util.HashMap<>();
        for (String f : List.of("clock_timestamp", "timeofday", "random", "random_normal", "gen_random_uuid",
                "gen_random_bytes", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4",
                "uuid_generate_v7", "uuidv4", "uuidv7", "nextval", "setval", "currval", "lastval", "txid_current",
                "pg_current_xact_id", "uuid", "uuid_short", "rand", "sysdate", "newid", "random_uuid")) {
            m.put(f, Volatility.VOLATILE);
        }
        for (String f : List.of("now", "transaction_timestamp", "statement_timestamp", "current_timestamp",
                "current_date", "current_time", "localtimestamp", "localtime", "current_user", "session_user",
                "current_role", "current_schema", "current_catalog", "current_database", "current_setting",
                "curdate", "curtime", "utc_timestamp", "utc_date", "utc_time", "unix_timestamp", "getdate",
                "sysdatetime", "to_char", "to_date", "to_timestamp", "age", "concat", "concat_ws", "format",
                "to_json", "to_jsonb", "row_to_json", "json_build_object", "jsonb_build_object",
                "json_build_array", "jsonb_build_array", "array_to_json", "date_trunc")) {
            m.put(f, Volatility.STABLE);
        }
        for (String f : List.of("lower", "upper", "abs", "coalesce", "nullif", "greatest", "least", "length",
                "char_length", "character_length", "octet_length", "bit_length", "substring", "substr", "trim",
                "btrim", "ltrim", "rtrim", "replace", "translate", "md5", "sha256", "round", "floor", "ceil",
                "ceiling", "trunc", "truncate", "power", "pow", "sqrt", "mod", "sign", "left", "right", "lpad",
                "rpad", "repeat", "reverse", "split_part", "strpos", "position", "initcap", "chr", "ascii",
                "encode", "decode", "array_length", "array_fill", "cardinality", "make_date", "make_time",
                "make_interval", "int4range", "int8range", "numrange", "daterange", "tsrange", "point",
                "extract", "date_part", "jsonb_typeof", "json_typeof", "array_append", "array_cat", "hex",
                "unhex", "uuid_to_bin", "bin_to_uuid", "json_array", "json_object", "if", "ifnull", "isnull",
                "nvl", "to_tsvector", "setweight", "regexp_replace", "quote_ident", "quote_literal")) {
            m.put(f, Volatility.CONSTANT);
        }
        return Map.copyOf(m);
    }

    /** SQL value functions written without parentheses ({@code CURRENT_TIMESTAMP}). */
    private static final Set<String> VALUE_FUNCTIONS = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user", "current_role", "current_schema",
            "current_catalog", "utc_timestamp", "utc_date", "utc_time", "sysdate");

    /** Words followed by a parenthesis that are syntax, not function calls. */
    private static final Set<String> NOT_FUNCTIONS = Set.of("array", "cast", "in", "exists", "any", "all", "some",
            "values", "row", "and", "or", "not", "case", "when", "then", "else", "over", "filter", "within",
            "select", "from", "where", "is", "as", "on", "using", "like", "ilike", "between", "distinct",
            "default", "check", "varying", "with", "by", "partition", "order", "group", "having", "union",
            "except", "intersect", "returning", "set", "lateral", "join", "try_cast", "convert");

    /** Words that are SQL syntax rather than column names, when guessing what a CHECK constrains. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "null", "is", "in", "true", "false",
            "like", "ilike", "similar", "to", "between", "symmetric", "case", "when", "then", "else", "end", "any",
            "all", "some", "array", "cast", "as", "escape", "distinct", "from", "unknown", "interval", "collate",
            "at", "time", "zone", "exists", "select", "where", "value", "regexp", "rlike", "div", "mod", "xor",
            "binary", "with", "without", "character", "varying", "precision", "double", "current_timestamp",
            "current_date", "current_time", "localtimestamp", "localtime", "current_user", "session_user",
            "current_role", "current_schema", "current_catalog", "utc_timestamp", "utc_date", "utc_time",
            "sysdate", "date", "timestamp");

    /** The expression in {@code [from, to)}. */
    static Expression of(Cursor c, int from, int to) {
        Set<String> functions = new LinkedHashSet<>();
        Volatility volatility = Volatility.CONSTANT;
        for (int i = from; i < to; i++) {
            Token t = c.at(i);
            if (t.type() != TokenType.WORD && t.type() != TokenType.QUOTED_IDENTIFIER) {
                continue;
            }
            Token prev = c.at(i - 1);
            if (prev != null && i > from && (prev.isSymbol("::") || prev.is("as"))) {
                continue; // a cast's target type, even when it has a modifier list
            }
            Token next = i + 1 < to ? c.at(i + 1) : null;
            String name = t.type() == TokenType.WORD ? t.text().toLowerCase(Locale.ROOT) : Names.identifier(t);
            Volatility v;
            if (next != null && next.type() == TokenType.LEFT_PAREN) {
                if (t.type() == TokenType.WORD && NOT_FUNCTIONS.contains(name)) {
                    continue;
                }
                v = FUNCTIONS.getOrDefault(name, Volatility.UNKNOWN_FUNCTION);
            } else if (t.type() == TokenType.WORD && VALUE_FUNCTIONS.contains(name)
                    && (prev == null || i == from || prev.type() != TokenType.DOT)) {
                v = FUNCTIONS.getOrDefault(name, Volatility.STABLE);
            } else {
                continue;
            }
            functions.add(name);
            volatility = worse(volatility, v);
        }
        return new Expression(c.text(from, to), new ArrayList<>(functions), volatility);
    }

    /**
     * The end of an expression starting at the cursor: the first index at depth 0 where
     * {@code stop} holds (never the first token, which is always the expression's own), or the end.
     */
    static int end(Cursor c, Predicate<Cursor> stop) {
        int depth = 0;
        int start = c.pos;
        Cursor probe = c.sub(c.pos, c.end());
        while (!probe.atEnd()) {
            Token t = probe.peek();
            if (depth == 0 && probe.pos > start) {
                if (t.type() == TokenType.COMMA || t.type() == TokenType.RIGHT_PAREN || stop.test(probe)) {
                    return probe.pos;
                }
            }
            depth += Cursor.depthDelta(t);
            if (depth < 0) {
                return probe.pos;
            }
            probe.pos++;
        }
        return probe.pos;
    }

    /** The identifiers a CHECK expression names (its columns, as far as tokens tell), in order. */
    static List<String> columnsOf(Cursor c, int from, int to) {
        Set<String> columns = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            Token t = c.at(i);
            if (t.type() != TokenType.WORD && t.type() != TokenType.QUOTED_IDENTIFIER) {
                continue;
            }
            Token next = c.at(i + 1);
            Token prev = c.at(i - 1);
            boolean call = next != null && i + 1 < to && next.type() == TokenType.LEFT_PAREN;
            boolean qualifier = next != null && i + 1 < to && next.type() == TokenType.DOT;
            boolean castType = prev != null && i > from && (prev.isSymbol("::") || prev.is("as"));
            if (call || qualifier || castType) {
                continue;
            }
            String name = Names.identifier(t);
            if (t.type() == TokenType.WORD && KEYWORDS.contains(name)) {
                continue;
            }
            columns.add(name);
        }
        return new ArrayList<>(columns);
    }

    private static Volatility worse(Volatility a, Volatility b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Volatility v) {
        switch (v) {
            case VOLATILE:
                return 3;
            case UNKNOWN_FUNCTION:
                return 2;
            case STABLE:
                return 1;
            default:
                return 0;
        }
    }
}
