package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Fact.DatabaseObject;
import dev.migrationlint.core.spi.Fact.TypeAction;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.TokenType;

import java.util.ArrayList;
import java.util.List;

/** Views, enum types, domains, databases/schemas/tablespaces/subscriptions and comments. */
final class SchemaStatements {
    private final Names names;

    SchemaStatements(Names names) {
        this.names = names;
    }

    /** After {@code CREATE [OR REPLACE] [MATERIALIZED] VIEW}. */
    Fact createView(Cursor c, boolean materialized, boolean orReplace) {
        c.accept("if", "not", "exists");
        ObjectName view = names.objectName(c);
        return view == null ? null : new Fact.CreateView(view, materialized, orReplace);
    }

    /** After ALTER TYPE: {@code name ADD VALUE [IF NOT EXISTS] ...}, {@code RENAME VALUE}, {@code RENAME TO}, ... */
    Fact alterType(Cursor c) {
        ObjectName type = names.objectName(c);
        if (type == null) {
            return null;
        }
        if (c.accept("add", "value")) {
            return new Fact.AlterType(type, TypeAction.ADD_VALUE, c.accept("if", "not", "exists"));
        }
        if (c.accept("rename", "value")) {
            return new Fact.AlterType(type, TypeAction.RENAME_VALUE, false);
        }
        if (c.accept("rename", "to")) {
            return new Fact.AlterType(type, TypeAction.RENAME, false);
        }
        return new Fact.AlterType(type, TypeAction.OTHER, false);
    }

    /** After ALTER DOMAIN: {@code name ADD [CONSTRAINT n] CHECK (...) [NOT VALID]}, or another form. */
    Fact alterDomain(Cursor c) {
        ObjectName domain = names.objectName(c);
        if (domain == null) {
            return null;
        }
        if (!c.accept("add")) {
            return new Fact.AlterDomain(domain, false, false);
        }
        boolean notValid = false;
        while (!c.atEnd()) {
            if (c.accept("not", "valid")) {
                notValid = true;
            } else {
                c.skipItem();
            }
        }
        return new Fact.AlterDomain(domain, true, notValid);
    }

    /**
     * After {@code CREATE|DROP DATABASE|SCHEMA|TABLESPACE|SUBSCRIPTION}. {@code ifExists} reports the
     * existence guard: {@code IF EXISTS} on DROP, {@code IF NOT EXISTS} on CREATE.
     */
    Fact databaseObject(Cursor c, boolean create, DatabaseObject object) {
        boolean guarded = create ? c.accept("if", "not", "exists") : c.accept("if", "exists");
        List<String> list = new ArrayList<>();
        if (create && object == DatabaseObject.SCHEMA && c.accept("authorization")) {
            String role = Names.simpleName(c);
            if (role != null) {
                list.add(role); // CREATE SCHEMA AUTHORIZATION r names the schema after the role
            }
        } else {
            do {
                String n = Names.simpleName(c);
                if (n == null) {
                    break;
                }
                list.add(n);
            } while (!create && c.acceptType(TokenType.COMMA));
        }
        if (list.isEmpty()) {
            return null;
        }
        boolean cascade = !create && c.findWordAtDepth0("cascade") >= 0;
        return new Fact.DatabaseObjectChange(create, object, list, guarded, cascade);
    }

    /** After COMMENT ON: tables, views and columns become {@link Fact.Comment}, other objects {@code Other}. */
    Fact comment(Cursor c) {
        String kind;
        if (c.accept("table")) {
            kind = "TABLE";
        } else if (c.accept("column")) {
            kind = "COLUMN";
        } else if (c.accept("view")) {
            kind = "VIEW";
        } else if (c.accept("materialized", "view")) {
            kind = "MATERIALIZED VIEW";
        } else if (c.accept("foreign", "table")) {
            kind = "FOREIGN TABLE";
        } else {
            return new Fact.Other("COMMENT");
        }
        List<Names.Part> parts = Names.parts(c);
        if (parts.isEmpty() || !c.is("is")) {
            return null;
        }
        if (!kind.equals("COLUMN")) {
            return new Fact.Comment(kind, Names.resolve(parts, names.defaultSchema(), false), null);
        }
        if (parts.size() < 2) {
            return null;
        }
        String column = parts.get(parts.size() - 1).text();
        ObjectName table = Names.resolve(parts.subList(0, parts.size() - 1), names.defaultSchema(), false);
        return new Fact.Comment(kind, table, column);
    }

    /**
     * After the name-less head of CREATE, ALTER or DROP TRIGGER, POLICY or RULE: the table named after {@code ON}
     * ({@code TO}, after {@code ON event}, for CREATE RULE). {@code Other} when no table is named (MySQL's
     * {@code DROP TRIGGER name}).
     */
    Fact onTable(Cursor c, String command) {
        boolean rule = command.equals("CREATE RULE");
        while (!c.atEnd()) {
            if (c.accept("on")) {
                if (rule) {
                    c.pos++; // the event
                    if (!c.accept("to")) {
                        break;
                    }
                }
                ObjectName table = names.objectName(c);
                return table == null ? new Fact.Other(command) : new Fact.TableLock(command, List.of(table), null);
            }
            c.pos++;
        }
        return new Fact.Other(command);
    }

    /** After LOCK: {@code [TABLE] [ONLY] name [*] [, ...] [IN mode MODE] [NOWAIT]}. */
    Fact lockTable(Cursor c) {
        c.accept("table");
        c.accept("only");
        List<ObjectName> tables = names.objectNames(c);
        if (tables.isEmpty()) {
            return new Fact.Other("LOCK TABLE");
        }
        String mode = null;
        if (c.accept("in")) {
            StringBuilder words = new StringBuilder();
            while (!c.atEnd() && !c.is("mode")) {
                words.append(words.isEmpty() ? "" : " ").append(c.next().upper());
            }
            mode = words.isEmpty() ? null : words.toString();
        }
        return new Fact.TableLock("LOCK TABLE", tables, mode);
    }
}
