package dev.migrationlint.core.internal.java;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes Java string literals and text blocks from the source text the way the compiler does (JLS 3.3, 3.10.5,
 * 3.10.6: Unicode escapes, incidental white space of text blocks, escape sequences), keeping each character's place in
 * the source.
 */
final class Literals {

    private Literals() {
    }

    /** The value of the string literal whose quotes are at {@code open} and {@code close} (inclusive offsets). */
    static MappedText string(String source, int open, int close) {
        List<Unit> units = unicode(source, open + 1, close);
        return escapes(units, false);
    }

    /**
     * The value of the text block whose opening {@code """} starts at {@code open} and whose closing {@code """} ends at
     * {@code close} (inclusive).
     */
    static MappedText textBlock(String source, int open, int close) {
        int contentEnd = Math.max(open + 3, close - 2);
        int start = open + 3;
        // The content starts after the line terminator that follows the opening delimiter.
        while (start < contentEnd && source.charAt(start) != '\n' && source.charAt(start) != '\r') {
            start++;
        }
        if (start < contentEnd && source.charAt(start) == '\r') {
            start++;
        }
        if (start < contentEnd && source.charAt(start) == '\n') {
            start++;
        }
        List<Unit> units = unicode(source, start, contentEnd);
        return escapes(stripIndent(units), true);
    }

    /** One character after Unicode escape translation, with its source range. */
    private record Unit(char c, int start, int end) {
        boolean whitespace() {
            return c != '\n' && Character.isWhitespace(c);
        }
    }

    /** Translates {@code \}{@code uXXXX} escapes (an even number of backslashes before the {@code u} disables one). */
    private static List<Unit> unicode(String source, int from, int to) {
        List<Unit> units = new ArrayList<>(Math.max(0, to - from));
        int backslashes = 0;
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < to && source.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < to && source.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= to && isHex(source, j, j + 4)) {
                    units.add(new Unit((char) Integer.parseInt(source.substring(j, j + 4), 16), i, j + 4));
                    i = j + 4;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            units.add(new Unit(c, i, i + 1));
            i++;
        }
        return units;
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Normalizes line terminators to {@code \n} and removes the incidental white space of a text block: the smallest
     * indentation of its non-blank lines and of its closing line, and every line's trailing white space.
     */
    private static List<Unit> stripIndent(List<Unit> units) {
        List<List<Unit>> lines = new ArrayList<>();
        List<Unit> terminators = new ArrayList<>();
        List<Unit> line = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.c() == '\r' || u.c() == '\n') {
                int end = u.end();
                if (u.c() == '\r' && i + 1 < units.size() && units.get(i + 1).c() == '\n') {
                    end = units.get(++i).end();
                }
                lines.add(line);
                terminators.add(new Unit('\n', u.start(), end));
                line = new ArrayList<>();
            } else {
                line.add(u);
            }
        }
        lines.add(line);
        int min = Integer.MAX_VALUE;
        for (int l = 0; l < lines.size(); l++) {
            List<Unit> current = lines.get(l);
            boolean last = l == lines.size() - 1;
            if (!last && blank(current)) {
                continue;
            }
            min = Math.min(min, indentation(current));
        }
        List<Unit> out = new ArrayList<>(units.size());
        for (int l = 0; l < lines.size(); l++) {
            List<Unit> current = lines.get(l);
            if (!blank(current)) {
                int end = current.size();
                while (end > 0 && current.get(end - 1).whitespace()) {
                    end--;
                }
                out.addAll(current.subList(Math.min(min, end), end));
            }
            if (l < terminators.size()) {
                out.add(terminators.get(l));
            }
        }
        return out;
    }

    private static boolean blank(List<Unit> line) {
        return line.stream().allMatch(Unit::whitespace);
    }

    private static int indentation(List<Unit> line) {
        int n = 0;
        while (n < line.size() && line.get(n).whitespace()) {
            n++;
        }
        return n;
    }

    /** Interprets escape sequences; {@code \}&lt;line terminator&gt; (text blocks only) joins lines. */
    private static MappedText escapes(List<Unit> units, boolean textBlock) {
        MappedText out = new MappedText();
        int i = 0;
        while (i < units.size()) {
            Unit u = units.get(i);
            if (u.c() != '\\' || i + 1 >= units.size()) {
                out.append(u.c(), u.start(), u.end());
                i++;
                continue;
            }
            Unit next = units.get(i + 1);
            char c = next.c();
            int end = next.end();
            int consumed = 2;
            char value;
            switch (c) {
                case 'b' -> value = '\b';
                case 't' -> value = '\t';
                case 'n' -> value = '\n';
                case 'f' -> value = '\f';
                case 'r' -> value = '\r';
                case 's' -> value = ' ';
                case '"', '\'', '\\' -> value = c;
                case '\n' -> {
                    if (textBlock) {
                        i += 2;
                        continue;
                    }
                    value = c;
                }
                default -> {
                    if (c >= '0' && c <= '7') {
                        int max = c <= '3' ? 3 : 2;
                        int v = 0;
                        int digits = 0;
                        while (digits < max && i + 1 + digits < units.size()) {
                            char d = units.get(i + 1 + digits).c();
                            if (d < '0' || d > '7') {
                                break;
                            }
                            v = v * 8 + (d - '0');
                            end = units.get(i + 1 + digits).end();
                            digits++;
                        }
                        value = (char) v;
                        consumed = 1 + digits;
                    } else {
                        // Not a valid escape (the compiler would refuse it): keep both characters.
                        out.append(u.c(), u.start(), u.end());
                        i++;
                        continue;
                    }
                }
            }
            out.append(value, u.start(), end);
            i += consumed;
        }
        return out;
    }
}
