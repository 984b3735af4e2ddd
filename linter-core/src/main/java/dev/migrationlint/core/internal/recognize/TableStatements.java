package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Expression;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;
import dev.migrationlint.core.spi.TypeRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CREATE/ALTER/DROP TABLE, CREATE/DROP INDEX, TRUNCATE and MySQL's RENAME TABLE. Each method
 * starts after the statement's leading keywords and returns null when the statement does not
 * have the expected shape (the caller then reports it unrecognized).
 */
final class TableStatements {
    private final Names names;
    private final Definitions definitions;
    private final Dialect dialect;
    private final boolean mysql;

    TableStatements(Names names, Definitions definitions, Dialect dialect) {
        this.names = names;
        this.definitions = definitions;
        this.dialect = dialect;
        this.mysql = dialect.isMysqlFamily();
    }

    /** MySQL/MariaDB table options that may appear as ALTER TABLE actions ({@code ENGINE=InnoDB}). */
    private static final Set<String> TABLE_OPTIONS = Set.of("engine", "algorithm", "lock", "auto_increment",
            "row_format", "comment", "key_block_size", "stats_persistent", "stats_auto_recalc",
            "stats_sample_pages", "pack_keys", "checksum", "delay_key_write", "avg_row_length", "max_rows",
            "min_rows", "compression", "encryption", "insert_method", "page_checksum", "transactional",
            "page_compressed", "type");

    // ---- CREATE TABLE ----

    /** After {@code CREATE [TEMP|UNLOGGED] TABLE}. */
    Fact createTable(Cursor c, boolean temporary, boolean unlogged) {
        boolean ifNotExists = c.accept("if", "not", "exists");
        ObjectName table = names.objectName(c);
        if (table == null) {
            return null;
        }
        ObjectName partitionOf = null;
        boolean asSelect = false;
        String charset = null;
        List<ColumnDef> columns = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        if (c.accept("partition", "of")) {
            partitionOf = names.objectName(c);
        } else if (c.isType(TokenType.LEFT_PAREN)) {
            int open = c.pos;
            int close = c.closeOf(open);
            c.pos = close + 1;
            if (mysql) {
                charset = tableCharset(c);
            }
            asSelect = queryFollows(c);
            if (!asSelect && mysql) {
                // MySQL: CREATE TABLE t (...) ENGINE=InnoDB AS SELECT ...
                int back = c.pos;
                while (!c.atEnd() && !queryFollows(c)) {
                    c.skipItem();
                }
                asSelect = !c.atEnd() && !(c.is("with") && c.is(1, "system"));
                c.pos = back;
            }
            // With a query the list only names the result's columns.
            if (!asSelect) {
                elements(c.sub(open + 1, close), columns, constraints);
            }
        } else {
            asSelect = queryFollows(c);
        }
        return new Fact.CreateTable(table, ifNotExists, temporary, unlogged, asSelect, partitionOf, columns,
                constraints, charset, partitionBy(c));
    }

    /** Whether {@code PARTITION BY} follows, at the statement's top level, from the cursor on (not moved). */
    private static boolean partitionBy(Cursor c) {
        int back = c.pos;
        try {
            while (!c.atEnd()) {
                if (c.is("partition") && c.is(1, "by")) {
                    return true;
                }
                c.skipItem();
            }
            return false;
        } finally {
            c.pos = back;
        }
    }

    /**
     * MySQL table options after the column list, up to a query: {@code [DEFAULT] CHARSET|CHARACTER SET [=] x}
     * wins over {@code [DEFAULT] COLLATE [=] y}, which names its set by prefix. Leaves the cursor where it was.
     */
    private static String tableCharset(Cursor c) {
        int start = c.pos;
        String charset = null;
        String collation = null;
        while (!c.atEnd() && !queryFollows(c)) {
            if (c.accept("charset") || c.accept("character", "set")) {
                charset = optionValue(c);
            } else if (c.accept("collate")) {
                collation = optionValue(c);
            } else {
                c.skipItem();
            }
        }
        c.pos = start;
        if (charset != null || collation == null) {
            return charset;
        }
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    private static boolean queryFollows(Cursor c) {
        if (c.is("ignore") || c.is("replace")) {
            return c.is(1, "select") || c.is(1, "as");
        }
        return c.is("as") || c.is("select") || c.is("with") && !c.isType(1, TokenType.LEFT_PAREN);
    }

    private void elements(Cursor list, List<ColumnDef> columns, List<ConstraintDef> constraints) {
        for (int[] part : list.splitAtCommas()) {
            Cursor e = list.sub(part[0], part[1]);
            if (e.atEnd()) {
                continue;
            }
            if (isConstraintStart(e)) {
                ConstraintDef d = definitions.constraint(e);
                if (d != null) {
                    constraints.add(d);
                }
            } else if (definitions.isIndexLine(e) || e.is("like") || e.is("period") && e.is(1, "for")) {
                // MySQL index lines and LIKE copies carry nothing the rules read from a new table.
                continue;
            } else {
                ColumnDef column = definitions.column(e);
                if (column != null) {
                    columns.add(column);
                }
            }
        }
    }

    /** True at a table constraint, telling {@code exclude boolean} (a column) from {@code EXCLUDE USING gist (...)}. */
    private static boolean isConstraintStart(Cursor e) {
        if (e.is("exclude")) {
            return e.is(1, "using") || e.isType(1, TokenType.LEFT_PAREN);
        }
        if (e.is("foreign")) {
            return e.is(1, "key");
        }
        if (e.is("primary")) {
            return e.is(1, "key");
        }
        return e.isAny("constraint", "unique", "check");
    }

    // ---- CREATE INDEX ----

    /** After {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX}; {@code kind} is "fulltext", "spatial" or null. */
    Fact createIndex(Cursor c, boolean unique, String kind) {
        boolean concurrently = c.accept("concurrently");
        boolean ifNotExists = c.accept("if", "not", "exists");
        String name = null;
        String method = null;
        if (!c.is("on")) {
            name = Names.simpleName(c);
        }
        if (c.accept("using")) {
            method = lowerWord(c.next());
        }
        if (!c.accept("on")) {
            return null;
        }
        boolean only = c.accept("only");
        ObjectName table = names.objectName(c);
        if (table == null) {
            return null;
        }
        c.acceptSymbol("*");
        if (c.accept("using")) {
            method = lowerWord(c.next());
        }
        List<String> columns = c.isType(TokenType.LEFT_PAREN) ? definitions.columnList(c) : List.of();
        boolean partial = c.findWordAtDepth0("where") >= 0;
        String algorithm = null;
        String lock = null;
        while (!c.atEnd()) {
            if (c.accept("algorithm")) {
                algorithm = optionValue(c);
            } else if (c.accept("lock")) {
                lock = optionValue(c);
            } else if (c.accept("using")) {
                method = lowerWord(c.next());
            } else {
                c.skipItem();
            }
        }
        String indexKind = kind != null ? kind : method != null ? method : "btree";
        return new Fact.CreateIndex(name, table, unique, concurrently, ifNotExists, only, indexKind, columns, partial,
                algorithm, lock);
    }

    private static String lowerWord(Token t) {
        return t == null ? null : Names.identifier(t).toLowerCase(Locale.ROOT);
    }

    /** The value of {@code NAME [=] value}, after NAME: strings unquoted, words as written. */
    private static String optionValue(Cursor c) {
        c.acceptSymbol("=");
        Token t = c.next();
        if (t == null) {
            return null;
        }
        return t.type() == TokenType.STRING || t.type() == TokenType.QUOTED_IDENTIFIER ? Names.unquote(t.text())
                : t.text();
    }

    // ---- DROP INDEX / DROP TABLE / TRUNCATE / RENAME TABLE ----

    /** After {@code DROP INDEX}. */
    Fact dropIndex(Cursor c) {
        boolean concurrently = c.accept("concurrently");
        boolean ifExists = c.accept("if", "exists");
        List<ObjectName> indexes = names.objectNames(c);
        if (indexes.isEmpty()) {
            return null;
        }
        ObjectName table = null;
        if (c.accept("on")) {
            table = names.objectName(c);
            if (table != null) {
                // MySQL: the index lives in its table's schema.
                List<ObjectName> inTable = new ArrayList<>(indexes.size());
                for (ObjectName i : indexes) {
                    inTable.add(i.schemaWritten() ? i
                            : new ObjectName(table.schema(), i.name(), table.schemaWritten()));
                }
                indexes = inTable;
            }
        }
        return new Fact.DropIndex(indexes, concurrently, ifExists, table);
    }

    /** After {@code DROP [TEMPORARY] TABLE}. */
    Fact dropTable(Cursor c) {
        boolean ifExists = c.accept("if", "exists");
        List<ObjectName> tables = names.objectNames(c);
        if (tables.isEmpty()) {
            return null;
        }
        return new Fact.DropTable(tables, ifExists, c.findWordAtDepth0("cascade") >= 0);
    }

    /** After {@code TRUNCATE [TABLE]}: {@code [ONLY] a [*], [ONLY] b ... [RESTART IDENTITY] [CASCADE]}. */
    Fact truncate(Cursor c) {
        List<ObjectName> tables = new ArrayList<>();
        do {
            c.accept("only");
            ObjectName t = names.objectName(c);
            if (t == null) {
                break;
            }
            tables.add(t);
            c.acceptSymbol("*");
        } while (c.acceptType(TokenType.COMMA));
        if (tables.isEmpty()) {
            return null;
        }
        return new Fact.Truncate(tables, c.findWordAtDepth0("cascade") >= 0);
    }

    /** After MySQL's {@code RENAME TABLE}: {@code a TO b [, c TO d]}. */
    Fact renameTables(Cursor c) {
        List<Fact.RenameTables.Rename> renames = new ArrayList<>();
        do {
            ObjectName from = names.objectName(c);
            if (from == null || !c.accept("to")) {
                return null;
            }
            ObjectName to = names.objectName(c);
            if (to == null) {
                return null;
            }
            renames.add(new Fact.RenameTables.Rename(from, to));
        } while (c.acceptType(TokenType.COMMA));
        return new Fact.RenameTables(renames);
    }

    // ---- ALTER TABLE ----

    /** After {@code ALTER [ONLINE|IGNORE] TABLE}. */
    Fact alterTable(Cursor c) {
        boolean ifExists = c.accept("if", "exists");
        boolean only = c.accept("only");
        ObjectName table = names.objectName(c);
        if (table == null) {
            return null;
        }
        c.acceptSymbol("*");
        List<AlterAction> actions = new ArrayList<>();
        for (int[] part : c.splitAtCommas()) {
            Cursor a = c.sub(part[0], part[1]);
            if (!a.atEnd()) {
                action(a, table, actions);
            }
        }
        return new Fact.AlterTable(table, ifExists, only, actions);
    }

    private void action(Cursor a, ObjectName table, List<AlterAction> out) {
        int start = a.pos;
        Span span = a.span(start, a.end() - 1);
        AlterAction action;
        if (a.accept("add")) {
            action = add(a, span, out);
        } else if (a.accept("drop")) {
            action = drop(a, span);
        } else if (a.accept("alter")) {
            action = alterColumn(a, span);
        } else if (a.accept("validate", "constraint")) {
            String name = Names.simpleName(a);
            action = name == null ? null : new AlterAction.ValidateConstraint(name, span);
        } else if (a.accept("rename")) {
            action = rename(a, table, span);
        } else if (a.is("set")) {
            action = set(a, span);
        } else if (a.accept("attach", "partition")) {
            ObjectName p = names.objectName(a);
            action = p == null ? null : new AlterAction.AttachPartition(p, span);
        } else if (a.accept("detach", "partition")) {
            ObjectName p = names.objectName(a);
            action = p == null ? null
                    : new AlterAction.DetachPartition(p, a.accept("concurrently"), a.accept("finalize"), span);
        } else if (a.accept("modify")) {
            a.accept("column");
            ColumnDef def = definitions.column(a);
            action = def == null ? null : new AlterAction.ModifyColumn(def.name(), def, false, span);
        } else if (a.accept("change")) {
            a.accept("column");
            a.accept("if", "exists");
            String from = Names.simpleName(a);
            ColumnDef def = from == null ? null : definitions.column(a);
            action = def == null ? null : new AlterAction.ModifyColumn(from, def, true, span);
        } else if (a.accept("convert", "to")) {
            action = charsetOption(a, "CONVERT TO CHARACTER SET", span);
        } else {
            action = tableOption(a, span);
        }
        if (action != null) {
            out.add(action);
        } else {
            out.add(new AlterAction.OtherAction(a.text(start, a.end()), span));
        }
    }

    private AlterAction add(Cursor a, Span span, List<AlterAction> out) {
        boolean column = a.accept("column");
        boolean ifNotExists = a.accept("if", "not", "exists");
        if (!column) {
            if (uniqueIndexFollows(a)) {
                String constraintName = null;
                if (a.accept("constraint") && !a.is("unique")) {
                    constraintName = Names.simpleName(a);
                }
                Definitions.IndexDef index = definitions.index(a);
                return new AlterAction.AddIndex(index.name() != null ? index.name() : constraintName, index.kind(),
                        index.columns(), span);
            }
            if (isConstraintStart(a)) {
                ConstraintDef d = definitions.constraint(a);
                return d == null ? null : new AlterAction.AddConstraint(d, span);
            }
            if (a.isAny("index", "key", "fulltext", "spatial")) {
                Definitions.IndexDef index = definitions.index(a);
                return new AlterAction.AddIndex(index.name(), index.kind(), index.columns(), span);
            }
            if (a.is("partition")) {
                return null;
            }
        }
        if (a.isType(TokenType.LEFT_PAREN)) {
            // MySQL/Oracle: ADD (a int, b int) adds several columns in one action.
            int open = a.pos;
            int close = a.closeOf(open);
            Cursor list = a.sub(open + 1, close);
            AlterAction last = null;
            for (int[] part : list.splitAtCommas()) {
                ColumnDef def = definitions.column(list.sub(part[0], part[1]));
                if (def != null) {
                    if (last != null) {
                        out.add(last);
                    }
                    last = new AlterAction.AddColumn(def, ifNotExists, span);
                }
            }
            return last;
        }
        ColumnDef def = definitions.column(a);
        return def == null ? null : new AlterAction.AddColumn(def, ifNotExists, span);
    }

    /** True at {@code [CONSTRAINT [n]] UNIQUE INDEX|KEY}: MySQL's unique index rather than a constraint. */
    private static boolean uniqueIndexFollows(Cursor a) {
        int k = 0;
        if (a.is("constraint")) {
            k = a.is(1, "unique") ? 1 : 2;
        }
        return a.is(k, "unique") && (a.is(k + 1, "index") || a.is(k + 1, "key"));
    }

    private AlterAction drop(Cursor a, Span span) {
        boolean cascade = a.findWordAtDepth0("cascade") >= 0;
        if (a.accept("constraint") || a.accept("check")) {
            boolean ifExists = a.accept("if", "exists");
            String name = Names.simpleName(a);
            return name == null ? null : new AlterAction.DropConstraint(name, ifExists, cascade, span);
        }
        if (a.accept("foreign", "key")) {
            boolean ifExists = a.accept("if", "exists");
            String name = Names.simpleName(a);
            return name == null ? null : new AlterAction.DropConstraint(name, ifExists, cascade, span);
        }
        if (a.accept("primary", "key")) {
            return new AlterAction.DropIndex("PRIMARY", span);
        }
        if (a.accept("index") || a.accept("key")) {
            a.accept("if", "exists");
            String name = Names.simpleName(a);
            return name == null ? null : new AlterAction.DropIndex(name, span);
        }
        if (a.isAny("partition", "default", "expression", "identity", "not")) {
            return null;
        }
        a.accept("column");
        boolean ifExists = a.accept("if", "exists");
        String name = Names.simpleName(a);
        return name == null ? null : new AlterAction.DropColumn(name, ifExists, cascade, span);
    }

    private AlterAction alterColumn(Cursor a, Span span) {
        if (a.isAny("constraint", "index", "check")) {
            return null;
        }
        a.accept("column");
        String column = Names.simpleName(a);
        if (column == null) {
            return null;
        }
        if (a.accept("set", "data", "type") || a.accept("type")) {
            TypeRef type = Types.read(a, dialect);
            String collation = a.accept("collate") ? Names.simpleName(a) : null;
            Expression using = null;
            if (a.accept("using") && !a.atEnd()) {
                using = Expressions.of(a, a.pos, a.end());
            }
            return type == null ? null : new AlterAction.AlterColumnType(column, type, collation, using, span);
        }
        if (a.accept("set", "not", "null")) {
            return new AlterAction.SetNotNull(column, span);
        }
        if (a.accept("drop", "not", "null")) {
            return new AlterAction.DropNotNull(column, span);
        }
        if (a.accept("set", "default")) {
            return a.atEnd() ? null : new AlterAction.SetDefault(column, Expressions.of(a, a.pos, a.end()), span);
        }
        if (a.accept("drop", "default")) {
            return new AlterAction.DropDefault(column, span);
        }
        return null;
    }

    private AlterAction rename(Cursor a, ObjectName table, Span span) {
        if (a.accept("column")) {
            String from = Names.simpleName(a);
            String to = a.accept("to") ? Names.simpleName(a) : null;
            return from == null || to == null ? null : new AlterAction.RenameColumn(from, to, span);
        }
        if (a.accept("constraint")) {
            String from = Names.simpleName(a);
            String to = a.accept("to") ? Names.simpleName(a) : null;
            return from == null || to == null ? null : new AlterAction.RenameConstraint(from, to, span);
        }
        if (a.isAny("index", "key")) {
            return null;
        }
        if (!a.accept("to") && !a.accept("as") && Names.isNameToken(a.peek()) && a.is(1, "to")) {
            String from = Names.simpleName(a);
            a.accept("to");
            String to = Names.simpleName(a);
            return to == null ? null : new AlterAction.RenameColumn(from, to, span);
        }
        List<Names.Part> parts = Names.parts(a);
        // An unqualified new name stays in the table's schema (PostgreSQL cannot move it by RENAME).
        ObjectName to = Names.resolve(parts, table.schema(), table.schemaWritten());
        return to == null ? null : new AlterAction.RenameTable(to, span);
    }

    private AlterAction set(Cursor a, Span span) {
        if (a.accept("set", "schema")) {
            String schema = Names.simpleName(a);
            return schema == null ? null : new AlterAction.SetSchema(schema, span);
        }
        if (a.accept("set", "logged")) {
            return new AlterAction.SetStorage("LOGGED", span);
        }
        if (a.accept("set", "unlogged")) {
            return new AlterAction.SetStorage("UNLOGGED", span);
        }
        if (a.accept("set", "tablespace")) {
            return new AlterAction.SetStorage("TABLESPACE", span);
        }
        if (a.accept("set", "access", "method")) {
            return new AlterAction.SetStorage("ACCESS METHOD", span);
        }
        if (a.accept("set", "without", "oids")) {
            return new AlterAction.SetStorage("WITHOUT OIDS", span);
        }
        return null;
    }

    /** {@code [DEFAULT] CHARACTER SET|CHARSET|COLLATE [=] x} and {@code NAME [=] value} table options. */
    private AlterAction tableOption(Cursor a, Span span) {
        a.accept("default");
        if (a.accept("character", "set") || a.accept("charset")) {
            return charsetValue(a, "CHARACTER SET", span);
        }
        if (a.accept("collate")) {
            String v = optionValue(a);
            return v == null ? null : new AlterAction.TableOption("COLLATE", v, span);
        }
        Token t = a.peek();
        if (t != null && t.type() == TokenType.WORD && TABLE_OPTIONS.contains(t.text().toLowerCase(Locale.ROOT))
                && (mysql || a.isSymbol(1, "="))) {
            a.pos++;
            String v = optionValue(a);
            return v == null ? null : new AlterAction.TableOption(t.text().toUpperCase(Locale.ROOT), v, span);
        }
        return null;
    }

    private AlterAction charsetOption(Cursor a, String name, Span span) {
        if (a.accept("character", "set") || a.accept("charset")) {
            return charsetValue(a, name, span);
        }
        return null;
    }

    private static AlterAction charsetValue(Cursor a, String name, Span span) {
        String v = optionValue(a);
        return v == null ? null : new AlterAction.TableOption(name, v, span);
    }
}
