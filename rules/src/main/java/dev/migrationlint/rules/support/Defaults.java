package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.Expression;

import java.util.Locale;
import java.util.regex.Pattern;

/** Column defaults as PostgreSQL treats them. */
public final class Defaults {

    private static final Pattern NULL_CAST = Pattern.compile("null\\s*::.*", Pattern.DOTALL);
    private static final Pattern CAST_NULL = Pattern.compile("cast\\s*\\(\\s*null\\s+as\\s.*\\)", Pattern.DOTALL);

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
        return text.equals("null") || NULL_CAST.matcher(text).matches() || CAST_NULL.matcher(text).matches();
    }

    /** The expression's text shortened for a message. */
    public static String shown(Expression value) {
        String text = value.text().replaceAll("\\s+", " ").trim();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
