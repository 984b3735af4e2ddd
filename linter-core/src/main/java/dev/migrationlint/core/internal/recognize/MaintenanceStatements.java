package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Fact.ReindexTarget;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** REINDEX, VACUUM, CLUSTER and REFRESH MATERIALIZED VIEW: the statements that rebuild or lock whole relations. */
final class MaintenanceStatements {
    private final Names names;

    MaintenanceStatements(Names names) {
        this.names = names;
    }

    /** After REINDEX: {@code [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] [name]}. */
    Fact reindex(Cursor c) {
        boolean concurrently = false;
        if (c.isType(TokenType.LEFT_PAREN)) {
            concurrently = option(c, "concurrently");
        }
        Token target = c.next();
        if (target == null || target.type() != TokenType.WORD) {
            return null;
        }
        ReindexTarget kind = switch (target.upper()) {
            case "INDEX" -> ReindexTarget.INDEX;
            case "TABLE" -> ReindexTarget.TABLE;
            case "SCHEMA" -> ReindexTarget.SCHEMA;
            case "DATABASE" -> ReindexTarget.DATABASE;
            case "SYSTEM" -> ReindexTarget.SYSTEM;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        concurrently |= c.accept("concurrently");
        ObjectName name;
        if (kind == ReindexTarget.INDEX || kind == ReindexTarget.TABLE) {
            name = names.objectName(c);
            if (name == null) {
                return null;
            }
        } else {
            // Schemas and databases are not schema-qualified; the name is kept as written (folded).
            String n = Names.simpleName(c);
            name = n == null ? null : new ObjectName(names.defaultSchema(), n, false);
        }
        return new Fact.Reindex(kind, name, concurrently);
    }

    /**
     * True when the parenthesised option list at the cursor turns {@code option} on ({@code FULL},
     * {@code FULL true}, {@code CONCURRENTLY 1}); consumes the list.
     */
    private static boolean option(Cursor c, String option) {
        int open = c.pos;
        int close = c.closeOf(open);
        boolean on = false;
        for (int[] part : c.sub(open + 1, close).splitAtCommas()) {
            Cursor o = c.sub(part[0], part[1]);
            if (o.accept(option)) {
                Token v = o.peek();
                String value = v == null ? "true" : Names.identifier(v).toLowerCase(Locale.ROOT);
                on = !(value.equals("false") || value.equals("off") || value.equals("0") || value.equals("no"));
            }
        }
        c.pos = close + 1;
        return on;
    }

    /** After VACUUM: {@code [FULL] [FREEZE] [VERBOSE] [ANALYZE] | (options)}, then tables with column lists. */
    Fact vacuum(Cursor c) {
        boolean full = false;
        if (c.isType(TokenType.LEFT_PAREN)) {
            full = option(c, "full");
        } else {
            while (c.isAny("full", "freeze", "verbose", "analyze", "analyse")) {
                full |= c.next().is("full");
            }
        }
        List<ObjectName> tables = new ArrayList<>();
        while (!c.atEnd()) {
            ObjectName t = names.objectName(c);
            if (t == null) {
                break;
            }
            tables.add(t);
            if (c.isType(TokenType.LEFT_PAREN)) {
                c.skipItem();
            }
            if (!c.acceptType(TokenType.COMMA)) {
                break;
            }
        }
        return new Fact.Vacuum(full, tables);
    }

    /** After CLUSTER: {@code [VERBOSE] [(options)] [table [USING index]]}, or the old {@code index ON table}. */
    Fact cluster(Cursor c) {
        c.accept("verbose");
        if (c.isType(TokenType.LEFT_PAREN)) {
            c.skipItem();
        }
        ObjectName first = names.objectName(c);
        if (first != null && c.accept("on")) {
            first = names.objectName(c);
        }
        return new Fact.Cluster(first);
    }

    /**
     * After REPACK (PostgreSQL 19's successor of CLUSTER and VACUUM FULL): {@code [(options)] [table
     * [(columns)] [USING INDEX [i]]]}. It rewrites the table like CLUSTER does, so it is reported as one;
     * the CONCURRENTLY option avoids the exclusive lock and is not.
     */
    Fact repack(Cursor c) {
        if (c.isType(TokenType.LEFT_PAREN) && option(c, "concurrently")) {
            return new Fact.Other("REPACK");
        }
        return new Fact.Cluster(names.objectName(c));
    }

    /** After REFRESH: {@code MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA]}. */
    Fact refresh(Cursor c) {
        if (!c.accept("materialized", "view")) {
            return null;
        }
        boolean concurrently = c.accept("concurrently");
        ObjectName view = names.objectName(c);
        if (view == null) {
            return null;
        }
        boolean withNoData = c.accept("with", "no", "data");
        return new Fact.RefreshMaterializedView(view, concurrently, withNoData);
    }
}
