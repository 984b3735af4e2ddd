package dev.migrationlint.rules.mysql;

import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.Token;

import java.util.List;
import java.util.Locale;

/**
 * The session's {@code foreign_key_checks}, replayed over the earlier statements of the migration: with
 * the checks off, InnoDB adds a foreign key in place without reading the rows.
 */
final class ForeignKeyChecks {

    private ForeignKeyChecks() {
    }

    /** True when an earlier {@code SET [SESSION] foreign_key_checks = 0|OFF} of the file is still in force. */
    static boolean offBefore(StatementContext context) {
        boolean off = false;
        for (Statement s : context.previous()) {
            List<Token> t = s.tokens();
            if (t.isEmpty() || !t.get(0).is("set")) {
                continue;
            }
            for (int i = 1; i + 2 < t.size(); i++) {
                if (isVariable(t.get(i)) && (t.get(i + 1).isSymbol("=") || t.get(i + 1).isSymbol(":="))
                        && !global(t, i)) {
                    String value = unquote(t.get(i + 2).text()).toLowerCase(Locale.ROOT);
                    off = value.equals("0") || value.equals("off") || value.equals("false");
                }
            }
        }
        return off;
    }

    /** True at {@code foreign_key_checks} or {@code @@foreign_key_checks}, not at a user variable {@code @x}. */
    private static boolean isVariable(Token token) {
        String text = token.text().toLowerCase(Locale.ROOT).replace("`", "");
        if (text.startsWith("@@")) {
            text = text.substring(text.lastIndexOf('.') + 1).replace("@", "");
        }
        return text.equals("foreign_key_checks");
    }

    /** True when the assignment at {@code i} sets the global value, which the running session does not see. */
    private static boolean global(List<Token> t, int i) {
        String text = t.get(i).text().toLowerCase(Locale.ROOT);
        if (text.startsWith("@@global.") || text.startsWith("@@persist")) {
            return true;
        }
        if (t.get(i - 1).isSymbol(".")) {
            String scope = i >= 2 ? t.get(i - 2).text().toLowerCase(Locale.ROOT) : "";
            return scope.equals("@@global") || scope.startsWith("@@persist");
        }
        return t.get(i - 1).is("global") || t.get(i - 1).is("persist") || t.get(i - 1).is("persist_only");
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
