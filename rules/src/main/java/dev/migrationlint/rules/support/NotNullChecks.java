package dev.migrationlint.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a CHECK expression proves a column NOT NULL, as PostgreSQL 12+ recognises for SET NOT NULL. */
public final class NotNullChecks {

    private NotNullChecks() {
    }

    private static final String IDENTIFIER = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern IS_NOT_NULL = Pattern.compile("(?is)" + IDENTIFIER + "\\s+is\\s+not\\s+null");
    private static final Pattern IS_NULL = Pattern.compile("(?is)" + IDENTIFIER + "\\s+is\\s+null");

    /**
     * True when {@code expression} is {@code column IS NOT NULL}, {@code NOT column IS NULL}, or an AND of terms
     * one of which is (parenthesised or not). Anything weaker, such as an OR, does not count.
     */
    public static boolean implies(String expression, String column) {
        for (String term : conjuncts(unwrap(expression))) {
            String t = unwrap(term);
            if (t.toLowerCase(Locale.ROOT).startsWith("not") && t.length() > 3
                    && (t.charAt(3) == '(' || Character.isWhitespace(t.charAt(3)))) {
                String inner = unwrap(t.substring(3));
                Matcher isNull = IS_NULL.matcher(inner);
                if (isNull.matches() && identifier(isNull.group(1)).equals(column)) {
                    return true;
                }
            }
            Matcher m = IS_NOT_NULL.matcher(t);
            if (m.matches() && identifier(m.group(1)).equals(column)) {
                return true;
            }
        }
        return false;
    }

    private static String identifier(String written) {
        return written.startsWith("\"") ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
                : written.toLowerCase(Locale.ROOT);
    }

    /** Strips parentheses that enclose the whole text. */
    private static String unwrap(String text) {
        String t = text.trim();
        while (t.startsWith("(") && closing(t, 0) == t.length() - 1) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    private static int closing(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '"') {
                i = t.indexOf(c, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The terms of a top-level AND, outside parentheses and quotes. */
    private static List<String> conjuncts(String t) {
        List<String> terms = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '"') {
                int end = t.indexOf(c, i + 1);
                i = end < 0 ? t.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (i == 0 || !isWordChar(t.charAt(i - 1))) && t.regionMatches(true, i, "and", 0, 3)
                    && (i + 3 == t.length() || !isWordChar(t.charAt(i + 3)))) {
                terms.add(t.substring(start, i));
                start = i + 3;
            }
        }
        terms.add(t.substring(start));
        return terms;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
