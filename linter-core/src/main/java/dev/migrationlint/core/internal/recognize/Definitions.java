package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Expression;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;
import dev.migrationlint.core.spi.TypeRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Column definitions and table constraints, shared by CREATE TABLE and ALTER TABLE. Each reader
 * gets a cursor bounded to one comma-separated element and never looks past it.
 */
final class Definitions {
    private final Dialect dialect;
    private final Names names;

    Definitions(Dialect dialect, Names names) {
        this.dialect = dialect;
        this.names = names;
    }

    /** Words that end a DEFAULT expression: the next column constraint or attribute starts. */
    private static final Set<String> DEFAULT_STOPS = Set.of("constraint", "primary", "unique", "check",
            "references", "generated", "collate", "comment", "auto_increment", "autoincrement", "first", "after",
            "visible", "invisible", "column_format", "storage", "deferrable", "initially", "identity", "as", "default");

    // ---- columns ----

    /** Reads {@code name type [constraints and attributes]} to the cursor's end; null when no name is here. */
    ColumnDef column(Cursor c) {
        int start = c.pos;
        String name = Names.simpleName(c);
        if (name == null) {
            return null;
        }
        TypeRef type = Types.read(c, dialect);
        boolean notNull = false;
        boolean primaryKey = false;
        boolean unique = false;
        boolean autoIncrement = false;
        Expression defaultValue = null;
        Expression check = null;
        ColumnDef.Reference references = null;
        ColumnDef.Generated generated = ColumnDef.Generated.NONE;
        String collation = null;
        String charset = null;
        String position = null;
        while (!c.atEnd()) {
            int before = c.pos;
            if (c.accept("constraint")) {
                if (!c.isAny("primary", "unique", "check", "references", "not", "null", "default")) {
                    Names.simpleName(c);
                }
            } else if (c.accept("not", "null")) {
                notNull = true;
            } else if (c.accept("null")) {
                // explicitly nullable: the default
            } else if (c.accept("default")) {
                defaultValue = defaultExpression(c);
            } else if (c.is("generated") || c.is("as") || c.is("identity")) {
                generated = generated(c);
            } else if (c.accept("primary", "key")) {
                primaryKey = true;
            } else if (c.accept("unique")) {
                unique = true;
                c.accept("key");
            } else if (c.accept("key")) {
                primaryKey = true; // MySQL: a bare KEY attribute on a column is PRIMARY KEY
            } else if (c.accept("check")) {
                check = parenthesised(c);
            } else if (c.accept("references")) {
                references = reference(c);
            } else if (c.accept("auto_increment") || c.accept("autoincrement")) {
                autoIncrement = true;
            } else if (c.accept("collate")) {
                collation = Names.simpleName(c);
            } else if (c.accept("character", "set") || c.accept("charset")) {
                c.acceptSymbol("=");
                charset = Names.simpleName(c);
            } else if (c.accept("on", "update")) {
                c.skipItem(); // CURRENT_TIMESTAMP, with an optional precision
                if (c.isType(TokenType.LEFT_PAREN)) {
                    c.skipItem();
                }
            } else if (c.accept("first")) {
                position = "FIRST";
            } else if (c.accept("after")) {
                position = "AFTER " + Names.simpleName(c);
            } else {
                c.skipItem();
            }
            if (c.pos == before) {
                c.pos++;
            }
        }
        return new ColumnDef(name, type, notNull, defaultValue, generated, primaryKey, unique, check, references,
                autoIncrement, collation, charset, position, c.span(start, c.pos - 1));
    }

    private Expression defaultExpression(Cursor c) {
        int from = c.pos;
        int to = Expressions.end(c, p -> {
            Token t = p.peek();
            if (t.type() != TokenType.WORD) {
                return false;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("not")) {
                return p.is(1, "null") || p.is(1, "deferrable");
            }
            if (w.equals("null")) {
                return !p.at(p.pos - 1).is("is") && !p.at(p.pos - 1).is("not");
            }
            if (w.equals("on")) {
                return p.is(1, "update");
            }
            return DEFAULT_STOPS.contains(w);
        });
        c.pos = to;
        return from < to ? Expressions.of(c, from, to) : null;
    }

    /**
     * {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY [(options)]}, {@code GENERATED ALWAYS AS (e) [STORED|VIRTUAL]},
     * MySQL's short {@code AS (e) [VIRTUAL|STORED|PERSISTENT]}, and {@code IDENTITY[(s, i)]}. A generated
     * column without STORED is virtual (MySQL's default, and PostgreSQL 18's).
     */
    private static ColumnDef.Generated generated(Cursor c) {
        if (c.accept("identity")) {
            if (c.isType(TokenType.LEFT_PAREN)) {
                c.skipItem();
            }
            return ColumnDef.Generated.IDENTITY;
        }
        if (c.accept("generated")) {
            if (!c.accept("always")) {
                c.accept("by", "default");
                c.accept("on", "null");
            }
        }
        if (!c.accept("as")) {
            return ColumnDef.Generated.NONE;
        }
        if (c.accept("identity")) {
            if (c.isType(TokenType.LEFT_PAREN)) {
                c.skipItem();
            }
            return ColumnDef.Generated.IDENTITY;
        }
        if (c.isType(TokenType.LEFT_PAREN)) {
            c.skipItem();
        }
        if (c.accept("stored") || c.accept("persistent")) {
            return ColumnDef.Generated.STORED;
        }
        c.accept("virtual");
        return ColumnDef.Generated.VIRTUAL;
    }

    /** Reads {@code (expression)}; null when no parenthesis follows. */
    private static Expression parenthesised(Cursor c) {
        if (!c.isType(TokenType.LEFT_PAREN)) {
            return null;
        }
        int open = c.pos;
        int close = c.closeOf(open);
        c.pos = close + 1;
        return Expressions.of(c, open + 1, close);
    }

    /** {@code table [(columns)] [MATCH x] [ON DELETE|UPDATE action]...}, after REFERENCES. */
    ColumnDef.Reference reference(Cursor c) {
        ObjectName table = names.objectName(c);
        if (table == null) {
            return null;
        }
        List<String> columns = c.isType(TokenType.LEFT_PAREN) ? columnList(c) : List.of();
        while (!c.atEnd()) {
            if (c.accept("match")) {
                c.pos++;
            } else if (c.accept("on", "delete") || c.accept("on", "update")) {
                if (c.accept("set")) {
                    c.pos++; // NULL or DEFAULT
                    if (c.isType(TokenType.LEFT_PAREN)) {
                        c.skipItem();
                    }
                } else if (!c.accept("no", "action")) {
                    c.pos++;
                }
            } else {
                break;
            }
        }
        return new ColumnDef.Reference(table, columns);
    }

    /**
     * Reads {@code (a, b DESC, c(10), lower(d))}: plain columns by name (MySQL prefix lengths and
     * ordering dropped), expressions by their text.
     */
    List<String> columnList(Cursor c) {
        int open = c.pos;
        int close = c.closeOf(open);
        List<String> columns = new ArrayList<>();
        for (int[] part : c.sub(open + 1, close).splitAtCommas()) {
            Cursor e = c.sub(part[0], part[1]);
            if (e.atEnd()) {
                continue;
            }
            List<Names.Part> parts = Names.parts(e);
            boolean plain = !parts.isEmpty() && (e.atEnd() || !e.isType(TokenType.LEFT_PAREN) || isPrefixLength(e));
            columns.add(plain ? parts.get(parts.size() - 1).text()
                    : c.text(part[0], withoutOrdering(c, part[0], part[1])));
        }
        c.pos = close + 1;
        return columns;
    }

    /** The end of an index element without its trailing {@code ASC|DESC} and {@code NULLS FIRST|LAST}. */
    private static int withoutOrdering(Cursor c, int from, int to) {
        int end = to;
        if (end - 2 > from && c.at(end - 2).is("nulls") && (c.at(end - 1).is("first") || c.at(end - 1).is("last"))) {
            end -= 2;
        }
        if (end - 1 > from && (c.at(end - 1).is("asc") || c.at(end - 1).is("desc"))) {
            end--;
        }
        return end;
    }

    /** True at MySQL's {@code (10)} prefix length after an index column name. */
    private static boolean isPrefixLength(Cursor e) {
        return e.isType(TokenType.LEFT_PAREN) && e.isType(1, TokenType.NUMBER) && e.isType(2, TokenType.RIGHT_PAREN);
    }

    // ---- table constraints ----

    /**
     * Reads a table constraint ({@code [CONSTRAINT n] PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK|EXCLUDE|NOT NULL ...},
     * also MySQL's {@code UNIQUE KEY name (cols)} and {@code FOREIGN KEY name (cols)}); null when none is here.
     */
    ConstraintDef constraint(Cursor c) {
        String name = null;
        if (c.accept("constraint")) {
            c.accept("if", "not", "exists"); // MariaDB, CockroachDB
            if (!c.isAny("primary", "unique", "foreign", "check", "exclude")) {
                name = Names.simpleName(c);
            }
        }
        ConstraintDef.Kind kind;
        List<String> columns = List.of();
        ColumnDef.Reference references = null;
        Expression expression = null;
        String usingIndex = null;
        if (c.accept("primary", "key") || c.accept("unique")) {
            kind = c.at(c.pos - 1).is("unique") ? ConstraintDef.Kind.UNIQUE : ConstraintDef.Kind.PRIMARY_KEY;
            if (c.accept("using", "index")) {
                usingIndex = Names.simpleName(c);
            } else {
                String indexName = indexHead(c);
                if (name == null) {
                    name = indexName;
                }
                if (c.isType(TokenType.LEFT_PAREN)) {
                    columns = columnList(c);
                }
            }
        } else if (c.accept("foreign", "key")) {
            kind = ConstraintDef.Kind.FOREIGN_KEY;
            String indexName = Names.isNameToken(c.peek()) ? Names.simpleName(c) : null;
            if (name == null) {
                name = indexName;
            }
            if (c.isType(TokenType.LEFT_PAREN)) {
                columns = columnList(c);
            }
            if (c.accept("references")) {
                references = reference(c);
            }
        } else if (c.accept("check")) {
            kind = ConstraintDef.Kind.CHECK;
            if (c.isType(TokenType.LEFT_PAREN)) {
                int open = c.pos;
                int close = c.closeOf(open);
                expression = Expressions.of(c, open + 1, close);
                columns = Expressions.columnsOf(c, open + 1, close);
                c.pos = close + 1;
            }
        } else if (c.accept("exclude")) {
            kind = ConstraintDef.Kind.EXCLUDE;
            if (c.accept("using")) {
                c.pos++;
            }
            if (c.isType(TokenType.LEFT_PAREN)) {
                int open = c.pos;
                int close = c.closeOf(open);
                expression = Expressions.of(c, open + 1, close);
                c.pos = close + 1;
            }
        } else if (c.accept("not", "null")) {
            kind = ConstraintDef.Kind.NOT_NULL;
            String column = Names.simpleName(c);
            columns = column == null ? List.of() : List.of(column);
        } else {
            return null;
        }
        boolean notValid = false;
        while (!c.atEnd()) {
            if (c.accept("not", "valid")) {
                notValid = true;
            } else {
                c.skipItem();
            }
        }
        return new ConstraintDef(name, kind, columns, references, expression, usingIndex, notValid);
    }

    /**
     * Skips MySQL's {@code [INDEX|KEY] [name] [USING method]} and PostgreSQL's {@code NULLS [NOT] DISTINCT}
     * before an index column list; returns the index name when one is written.
     */
    private static String indexHead(Cursor c) {
        String indexName = null;
        while (!c.atEnd() && !c.isType(TokenType.LEFT_PAREN)) {
            if (c.isAny("index", "key", "nulls", "not", "distinct", "clustered", "nonclustered")) {
                c.pos++;
            } else if (c.accept("using")) {
                c.pos++;
            } else if (Names.isNameToken(c.peek()) && indexName == null) {
                indexName = Names.simpleName(c);
            } else {
                break;
            }
        }
        return indexName;
    }

    /**
     * True when an element of a CREATE TABLE list at the cursor is a MySQL index line
     * ({@code KEY name (cols)}, {@code INDEX (cols)}, {@code FULLTEXT KEY ...}) rather than a column
     * that happens to be called {@code key} or {@code index}.
     */
    boolean isIndexLine(Cursor c) {
        if (c.isAny("fulltext", "spatial")) {
            return true;
        }
        if (!c.isAny("key", "index")) {
            return false;
        }
        if (dialect.isMysqlFamily() || c.isType(1, TokenType.LEFT_PAREN)) {
            return true;
        }
        // PostgreSQL allows a column named key: "key varchar(255)" has a numeric modifier list,
        // "KEY idx_name (col)" a list of names.
        return Names.isNameToken(c.peek(1)) && c.isType(2, TokenType.LEFT_PAREN) && !c.isType(3, TokenType.NUMBER);
    }

    /**
     * Reads a MySQL index definition after ADD or in CREATE TABLE:
     * {@code [UNIQUE|FULLTEXT|SPATIAL] [INDEX|KEY] [IF NOT EXISTS] [name] [USING m] (cols) [options]}.
     */
    IndexDef index(Cursor c) {
        String kind = "btree";
        if (c.accept("unique")) {
            kind = "unique";
        } else if (c.accept("fulltext")) {
            kind = "fulltext";
        } else if (c.accept("spatial")) {
            kind = "spatial";
        }
        if (!c.accept("index")) {
            c.accept("key");
        }
        c.accept("if", "not", "exists");
        String name = null;
        if (Names.isNameToken(c.peek()) && !c.is("using")) {
            name = Names.simpleName(c);
        }
        if (c.accept("using")) {
            String method = c.next().text().toLowerCase(Locale.ROOT);
            if (kind.equals("btree")) {
                kind = method;
            }
        }
        List<String> columns = c.isType(TokenType.LEFT_PAREN) ? columnList(c) : List.of();
        return new IndexDef(name, kind, columns);
    }

    record IndexDef(String name, String kind, List<String> columns) {
    }
}
