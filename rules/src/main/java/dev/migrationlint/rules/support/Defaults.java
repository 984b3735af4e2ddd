package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.Expression;

import java.util.Locale;

/** Column defaults as PostgreSQL treats them. */
public final class Defaults {

    private Defaults() {
    }

    /** True when there is no default, or it is {@code NULL} (possibly cast or parenthesised): new rows get NULL. */
    public static boolean isNull(Expression value) {
        if (value == null) {
            return true;
        }
        String text = value.text().trim().toLowerCase(Locale.ROOT);
        while (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).trim();
        }
        return text.equals("null") || text.matches("null\\s*::.*") || text.matches("cast\\s*\\(\\s*null\\s+as\\s.*\\)");
    }

    /** The expression's text shortened for a message. */
    public static String shown(Expression value) {
        String text = value.text().replaceAll("\\s+", " ").trim();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
