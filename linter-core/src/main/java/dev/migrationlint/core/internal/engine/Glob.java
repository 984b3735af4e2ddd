package dev.migrationlint.core.internal.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A gitignore-style glob over {@code /}-separated relative paths: {@code *} and {@code ?} stay within
 * one path segment, {@code **} spans any number of segments (including none), so
 * {@code **}{@code /bootstrap/**} matches {@code db/migration/bootstrap/V3__x.sql} and {@code bootstrap/V1__x.sql}.
 * A glob without {@code /} matches the file name anywhere, as in gitignore.
 */
public record Glob(String text, Pattern pattern) {

    public static Glob of(String glob) {
        String g = glob.startsWith("/") ? glob.substring(1) : glob;
        if (!g.contains("/")) {
            g = "**/" + g;
        }
        StringBuilder re = new StringBuilder("^");
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                boolean doubleStar = i + 1 < g.length() && g.charAt(i + 1) == '*';
                if (doubleStar) {
                    boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                    re.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = g.indexOf(']', i + 1);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    re.append('[').append(g, i + 1, close).append(']');
                    i = close;
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (g.endsWith("/")) {
            re.append(".*");
        }
        re.append('$');
        return new Glob(glob, Pattern.compile(re.toString()));
    }

    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    public static boolean anyMatches(List<Glob> globs, String path) {
        for (Glob g : globs) {
            if (g.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
