package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Fact.DmlKind;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

/**
 * INSERT, UPDATE, DELETE, MERGE, REPLACE, COPY and queries. Only the head of a statement is read
 * (the target table) plus one depth-0 scan for WHERE, so a seed INSERT of a million rows costs
 * one pass over its tokens.
 */
final class DataStatements {
    private final Names names;

    DataStatements(Names names) {
        this.names = names;
    }

    /** At the statement's first word (INSERT, UPDATE, DELETE, MERGE, REPLACE, COPY, WITH); null when not DML. */
    Fact read(Cursor c) {
        if (c.accept("with")) {
            int main = c.findWordAtDepth0("insert", "update", "delete", "merge", "select", "values");
            if (main < 0) {
                return null;
            }
            c.pos = main;
        }
        Token verb = c.next();
        if (verb == null) {
            return null;
        }
        switch (verb.upper()) {
            case "INSERT":
                return insert(c, DmlKind.INSERT);
            case "REPLACE":
                return insert(c, DmlKind.REPLACE);
            case "UPDATE":
                return update(c);
            case "DELETE":
                return delete(c);
            case "MERGE":
                return merge(c);
            case "COPY":
                return copy(c);
            case "SELECT":
            case "VALUES":
            case "TABLE":
                return query();
            default:
                return null;
        }
    }

    static Fact query() {
        return new Fact.Dml(DmlKind.SELECT, null, false, false);
    }

    private Fact insert(Cursor c, DmlKind kind) {
        while (c.isAny("ignore", "low_priority", "delayed", "high_priority")) {
            c.pos++;
        }
        if (c.accept("or")) {
            c.pos++; // SQLite: INSERT OR REPLACE|IGNORE|...
        }
        c.accept("into");
        ObjectName table = names.objectName(c);
        return table == null ? null : new Fact.Dml(kind, table, false, false);
    }

    private Fact update(Cursor c) {
        while (c.isAny("low_priority", "ignore")) {
            c.pos++;
        }
        if (c.accept("or")) {
            c.pos++;
        }
        c.accept("only");
        ObjectName table = names.objectName(c);
        if (table == null) {
            return null;
        }
        return new Fact.Dml(DmlKind.UPDATE, table, c.findWordAtDepth0("where") >= 0, false);
    }

    private Fact delete(Cursor c) {
        while (c.isAny("low_priority", "quick", "ignore")) {
            c.pos++;
        }
        // MySQL's multi-table form names its target before FROM: DELETE t1 FROM t1 JOIN t2 ...
        c.accept("from");
        c.accept("only");
        ObjectName table = names.objectName(c);
        if (table == null) {
            return null;
        }
        return new Fact.Dml(DmlKind.DELETE, table, c.findWordAtDepth0("where") >= 0, false);
    }

    private Fact merge(Cursor c) {
        c.accept("into");
        c.accept("only");
        ObjectName table = names.objectName(c);
        return table == null ? null : new Fact.Dml(DmlKind.MERGE, table, false, false);
    }

    /** {@code COPY t [(cols)] FROM|TO ...} or {@code COPY (query) TO ...} (no table). */
    private Fact copy(Cursor c) {
        ObjectName table = null;
        if (c.isType(TokenType.LEFT_PAREN)) {
            c.skipItem();
        } else {
            c.accept("binary");
            table = names.objectName(c);
            if (table == null) {
                return null;
            }
            if (c.isType(TokenType.LEFT_PAREN)) {
                c.skipItem();
            }
        }
        boolean from = c.is("from");
        if (!from && !c.is("to")) {
            return null;
        }
        return new Fact.Dml(DmlKind.COPY, table, false, from);
    }
}
