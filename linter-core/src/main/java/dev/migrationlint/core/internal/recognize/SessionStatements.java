package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Fact.TransactionKind;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.Locale;

/** SET, RESET, {@code set_config(...)} and transaction control. */
final class SessionStatements {
    private final boolean mysql;

    SessionStatements(boolean mysql) {
        this.mysql = mysql;
    }

    // ---- settings ----

    /** After SET. */
    Fact set(Cursor c) {
        boolean local = false;
        if (c.accept("local")) {
            local = !mysql; // MySQL's SET LOCAL is SET SESSION
        } else if (!c.is(1, "authorization") && !c.accept("session") && !c.accept("global")
                && !c.accept("persist")) {
            c.accept("persist_only");
        }
        if (c.accept("session", "authorization")) {
            return setting("session_authorization", c, c.pos, c.end(), local);
        }
        if (c.is("transaction") || c.is("characteristics")) {
            return new Fact.Other("SET TRANSACTION");
        }
        if (c.is("constraints")) {
            return new Fact.Other("SET CONSTRAINTS");
        }
        if (c.accept("time", "zone")) {
            return setting("timezone", c, c.pos, c.end(), local);
        }
        if (c.accept("schema")) {
            return setting("search_path", c, c.pos, c.end(), local);
        }
        if (c.accept("names")) {
            return setting(mysql ? "names" : "client_encoding", c, c.pos, c.end(), local);
        }
        if (c.accept("character", "set") || c.accept("charset")) {
            return setting("character_set", c, c.pos, c.end(), local);
        }
        if (c.accept("xml", "option")) {
            return setting("xmloption", c, c.pos, c.end(), local);
        }
        if (c.isAny("password", "role") && mysql || c.is("default") && c.is(1, "role")) {
            return new Fact.Other("SET " + c.peek().upper());
        }
        if (c.accept("role")) {
            return setting("role", c, c.pos, c.end(), local);
        }
        if (!mysql) {
            return assignment(c, c.pos, c.end(), local);
        }
        // MySQL assigns several variables in one SET; report the first server variable.
        Fact first = null;
        for (int[] part : c.splitAtCommas()) {
            Fact f = assignment(c.sub(part[0], part[1]), part[0], part[1], local);
            if (f instanceof Fact.SetSetting) {
                return f;
            }
            first = first == null ? f : first;
        }
        return first;
    }

    /**
     * {@code name {=|:=|TO} value} in {@code [from, to)}. MySQL names come as {@code @@session.x},
     * {@code @@x} or {@code x}; a user variable ({@code @x}) is not a setting.
     */
    private Fact assignment(Cursor c, int from, int to, boolean local) {
        int i = from;
        StringBuilder name = new StringBuilder();
        while (i < to) {
            Token t = c.at(i);
            if (t.is("to") || t.isSymbol("=") || t.isSymbol(":=")) {
                break;
            }
            name.append(t.text());
            i++;
        }
        if (i >= to || name.length() == 0) {
            return null;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        boolean global = false;
        if (n.startsWith("@@")) {
            n = n.substring(2);
            for (String scope : new String[] {"session.", "local.", "global.", "persist.", "persist_only."}) {
                if (n.startsWith(scope)) {
                    global = !scope.equals("session.") && !scope.equals("local.");
                    n = n.substring(scope.length());
                    break;
                }
            }
        } else if (n.startsWith("@")) {
            return new Fact.Other("SET");
        }
        if (global) {
            local = false;
        }
        return setting(n, c, i + 1, to, local);
    }

    private static Fact setting(String name, Cursor c, int from, int to, boolean local) {
        if (from >= to) {
            return null;
        }
        return new Fact.SetSetting(name, value(c, from, to), local);
    }

    /** A setting's value: one literal unquoted, a list or expression as written. */
    private static String value(Cursor c, int from, int to) {
        if (to - from == 1) {
            Token t = c.at(from);
            if (t.type() == TokenType.STRING || t.type() == TokenType.QUOTED_IDENTIFIER) {
                return Names.unquote(t.text());
            }
            return t.type() == TokenType.WORD && t.is("default") ? "DEFAULT" : t.text();
        }
        return c.text(from, to);
    }

    /** After RESET: {@code RESET name} / {@code RESET ALL}, reported as setting the default back. */
    Fact reset(Cursor c) {
        if (mysql || c.atEnd()) {
            return new Fact.Other("RESET");
        }
        String name;
        if (c.accept("session", "authorization")) {
            name = "session_authorization";
        } else if (c.accept("time", "zone")) {
            name = "timezone";
        } else {
            // a dotted custom setting (app.tenant) arrives as several tokens
            StringBuilder dotted = new StringBuilder();
            while (!c.atEnd()) {
                dotted.append(c.next().text());
            }
            name = dotted.toString().toLowerCase(Locale.ROOT);
        }
        return new Fact.SetSetting(name, "DEFAULT", false);
    }

    /**
     * {@code SELECT [pg_catalog.]set_config('name', 'value', is_local)} at the cursor (after SELECT); null
     * when the query is something else.
     */
    Fact setConfig(Cursor c) {
        if (c.is("pg_catalog") && c.isType(1, TokenType.DOT)) {
            c.pos += 2;
        }
        if (!c.is("set_config") || !c.isType(1, TokenType.LEFT_PAREN)) {
            return null;
        }
        int open = c.pos + 1;
        int close = c.closeOf(open);
        Cursor args = c.sub(open + 1, close);
        var parts = args.splitAtCommas();
        if (parts.size() != 3 || parts.get(0)[1] - parts.get(0)[0] != 1
                || c.at(parts.get(0)[0]).type() != TokenType.STRING) {
            return null;
        }
        String name = Names.unquote(c.at(parts.get(0)[0]).text()).toLowerCase(Locale.ROOT);
        String value = value(c, parts.get(1)[0], parts.get(1)[1]);
        String isLocal = value(c, parts.get(2)[0], parts.get(2)[1]).toLowerCase(Locale.ROOT);
        boolean local = isLocal.equals("true") || isLocal.equals("t") || isLocal.equals("on") || isLocal.equals("1")
                || isLocal.equals("yes");
        return new Fact.SetSetting(name, value, local);
    }

    // ---- transactions ----

    /**
     * After BEGIN: a transaction when nothing or only transaction modes follow. Otherwise it
     * opens a procedural block (PL/SQL, MySQL compound statements), which is no transaction.
     */
    Fact begin(Cursor c) {
        if (c.atEnd() || c.isAny("work", "transaction", "tran", "isolation", "read", "deferrable")
                || c.is("not") && c.is(1, "deferrable")) {
            return new Fact.Transaction(TransactionKind.BEGIN);
        }
        return new Fact.Other("BEGIN BLOCK");
    }

    /** After COMMIT or END. */
    Fact commit(Cursor c, boolean end) {
        if (c.is("prepared")) {
            return new Fact.Other("COMMIT PREPARED");
        }
        if (end && (mysql || !c.atEnd() && !c.isAny("work", "transaction"))) {
            return null; // the END of a block that was split apart from its BEGIN
        }
        return new Fact.Transaction(TransactionKind.COMMIT);
    }

    /** After ROLLBACK or ABORT. */
    Fact rollback(Cursor c) {
        if (c.is("prepared")) {
            return new Fact.Other("ROLLBACK PREPARED");
        }
        c.accept("work");
        c.accept("transaction");
        if (c.accept("to")) {
            return new Fact.Transaction(TransactionKind.ROLLBACK_TO_SAVEPOINT);
        }
        return new Fact.Transaction(TransactionKind.ROLLBACK);
    }

    /** After PREPARE: PostgreSQL's two-phase {@code PREPARE TRANSACTION 'id'}, or a prepared statement. */
    static Fact prepare(Cursor c) {
        if (c.is("transaction") && c.isType(1, TokenType.STRING)) {
            return new Fact.Transaction(TransactionKind.PREPARE_TRANSACTION);
        }
        return new Fact.Other("PREPARE");
    }
}
