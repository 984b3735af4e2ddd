package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The tokens the recognizer reads: comments and delimiters dropped, and Go text/template control
 * actions resolved. Templated migrations (focalboard, supabase/auth) choose SQL per database with
 * {@code {{if .mysql}}A{{else}}B{{end}}}: the branch for the dialect at hand is kept (the first
 * branch when the condition is not a dialect test), the others dropped, so that one statement
 * reads as SQL. Value actions ({@code {{.prefix}}}, {@code {{ index .Options "Namespace" }}}) stay:
 * they stand where a name or literal stands, like Flyway placeholders.
 */
final class SignificantTokens {
    private SignificantTokens() {
    }

    static Token[] of(List<Token> tokens, Dialect dialect) {
        Token[] out = new Token[tokens.size()];
        int kept = 0;
        // One entry per open {{if}}/{{range}}/{{with}}/{{define}}: [emitting, a branch was taken].
        List<boolean[]> blocks = new ArrayList<>(0);
        for (Token t : tokens) {
            TokenType type = t.type();
            if (type == TokenType.LINE_COMMENT || type == TokenType.BLOCK_COMMENT || type == TokenType.DELIMITER) {
                continue;
            }
            if (type == TokenType.TEMPLATE) {
                String action = action(t.text());
                String keyword = firstWord(action);
                boolean parentEmitting = blocks.size() < 2 || blocks.get(blocks.size() - 2)[0];
                switch (keyword) {
                    case "if": {
                        boolean parent = blocks.isEmpty() || blocks.get(blocks.size() - 1)[0];
                        boolean cond = condition(action.substring(2).trim(), dialect);
                        blocks.add(new boolean[] {parent && cond, cond});
                        continue;
                    }
                    case "range":
                    case "with":
                    case "block": {
                        boolean parent = blocks.isEmpty() || blocks.get(blocks.size() - 1)[0];
                        blocks.add(new boolean[] {parent, true});
                        continue;
                    }
                    case "define":
                        blocks.add(new boolean[] {false, true});
                        continue;
                    case "else": {
                        if (!blocks.isEmpty()) {
                            boolean[] top = blocks.get(blocks.size() - 1);
                            String rest = action.substring(4).trim();
                            boolean cond = !rest.startsWith("if") || condition(rest.substring(2).trim(), dialect);
                            top[0] = parentEmitting && !top[1] && cond;
                            top[1] |= cond;
                        }
                        continue;
                    }
                    case "end":
                        if (!blocks.isEmpty()) {
                            blocks.remove(blocks.size() - 1);
                        }
                        continue;
                    case "/*":
                    case "break":
                    case "continue":
                        continue;
                    default:
                        break;
                }
            }
            if (blocks.isEmpty() || blocks.get(blocks.size() - 1)[0]) {
                out[kept++] = t;
            }
        }
        return kept == out.length ? out : Arrays.copyOf(out, kept);
    }

    /** The inside of {@code {{- ... -}}}, trimmed. */
    private static String action(String text) {
        String s = text;
        if (s.startsWith("{{")) {
            s = s.substring(2);
        }
        if (s.endsWith("}}")) {
            s = s.substring(0, s.length() - 2);
        }
        s = s.trim();
        if (s.startsWith("-")) {
            s = s.substring(1);
        }
        if (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.trim();
    }

    private static String firstWord(String action) {
        if (action.startsWith("/*")) {
            return "/*";
        }
        int i = 0;
        while (i < action.length() && Character.isLetter(action.charAt(i))) {
            i++;
        }
        return action.substring(0, i).toLowerCase(Locale.ROOT);
    }

    /** A dialect test ({@code .mysql}, {@code .postgres}, {@code .sqlite}) against the dialect; anything else holds. */
    private static boolean condition(String cond, Dialect dialect) {
        switch (cond.toLowerCase(Locale.ROOT)) {
            case ".mysql":
            case ".mariadb":
                return dialect.isMysqlFamily();
            case ".postgres":
            case ".postgresql":
            case ".pg":
                return dialect == Dialect.POSTGRESQL;
            case ".sqlite":
            case ".sqlite3":
                return dialect == Dialect.SQLITE;
            default:
                return true;
        }
    }
}
