package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The source lines of a span under a gutter of line numbers, with carets under the span on its first line, as
 * rustc and Squawk show them. Columns are UTF-16 code units, while a terminal advances by display cells; so each
 * line is turned into cells first: a tab takes four, an East Asian wide character or emoji two, a combining mark
 * none, and a character outside the BMP (two code units) one or two. Control and bidirectional formatting
 * characters are replaced or dropped, so that a migration cannot restyle the terminal or reorder what it shows.
 */
final class CodeFrame {

    /** Display cells of a line shown at most; longer lines show a window around the caret. */
    static final int WIDTH = 120;
    /** Display cells kept before the caret when the window does not start at the line's start. */
    private static final int LEAD = 40;
    /** Lines of a multi-line statement shown at most. */
    static final int MAX_LINES = 3;
    private static final String ELLIPSIS = "…";

    private CodeFrame() {
    }

    /** The line numbers a frame of this span may show. */
    static List<Integer> lines(Span span) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = span.startLine(); n <= lastLine(span) && numbers.size() < MAX_LINES; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    /** The frame's lines, without line ends; empty when the span's first line is not among {@code source}. */
    static List<String> render(Span span, Map<Integer, String> source, Level level, Palette palette) {
        String first = source.get(span.startLine());
        if (first == null) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        for (int n : lines(span)) {
            if (!source.containsKey(n)) {
                break;
            }
            numbers.add(n);
        }
        boolean cut = numbers.get(numbers.size() - 1) < lastLine(span);
        int gutterWidth = String.valueOf(numbers.get(numbers.size() - 1)).length();
        String blank = palette.gutter(" ".repeat(gutterWidth) + " |");

        List<String> frame = new ArrayList<>();
        frame.add(blank);
        Cells cells = Cells.of(first);
        int start = cells.cellAt(span.startColumn());
        int end = Math.max(start, span.endLine() == span.startLine()
                ? cells.cellAt(span.endColumn())
                : cells.cellAt(contentEnd(first) + 1));
        int from = cells.windowStart(start);
        int to = cells.windowEnd(from);
        frame.add(sourceLine(span.startLine(), gutterWidth, cells.show(from, to), palette));
        int pad = (from > 0 ? 1 : 0) + cells.width(from, start);
        int carets = Math.max(1, cells.width(start, Math.min(end, to)));
        frame.add(blank + " " + " ".repeat(pad) + palette.level(level, "^".repeat(carets)));
        for (int n : numbers.subList(1, numbers.size())) {
            Cells more = Cells.of(source.get(n));
            frame.add(sourceLine(n, gutterWidth, more.show(0, more.windowEnd(0)), palette));
        }
        if (cut) {
            frame.add(blank + " ...");
        }
        return frame;
    }

    /** The last line the span covers with at least one character: a span may end at column 1 of the next line. */
    private static int lastLine(Span span) {
        return span.endLine() > span.startLine() && span.endColumn() <= 1 ? span.endLine() - 1 : span.endLine();
    }

    /** The UTF-16 length of the line without trailing white space: where an underline to the line's end stops. */
    private static int contentEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static String sourceLine(int number, int gutterWidth, String text, Palette palette) {
        String gutter = palette.gutter(String.format("%" + gutterWidth + "d |", number));
        return text.isEmpty() ? gutter : gutter + " " + text;
    }

    /** A line as display cells, with the cell of every UTF-16 code unit. */
    private record Cells(List<Cell> cells, int[] cellOfUnit) {

        static Cells of(String line) {
            List<Cell> cells = new ArrayList<>();
            int[] cellOfUnit = new int[line.length() + 1];
            int i = 0;
            while (i < line.length()) {
                int codePoint = line.codePointAt(i);
                int units = Character.charCount(codePoint);
                for (int u = 0; u < units; u++) {
                    cellOfUnit[i + u] = cells.size();
                }
                cells.add(Cell.of(codePoint));
                i += units;
            }
            cellOfUnit[line.length()] = cells.size();
            return new Cells(cells, cellOfUnit);
        }

        /** The cell of a 1-based UTF-16 column; a column past the end (a stale file) is clamped to the end. */
        int cellAt(int column) {
            return cellOfUnit[Math.max(0, Math.min(column - 1, cellOfUnit.length - 1))];
        }

        int width(int from, int to) {
            int width = 0;
            for (int c = from; c < to; c++) {
                width += cells.get(c).width();
            }
            return width;
        }

        /** The first cell shown: the line's start, unless the line is too wide and the caret would sit far right. */
        int windowStart(int caret) {
            if (width(0, cells.size()) <= WIDTH || width(0, caret) <= WIDTH - LEAD) {
                return 0;
            }
            int from = caret;
            while (from > 0 && width(from - 1, caret) <= LEAD) {
                from--;
            }
            return from;
        }

        /** The cell after the last one shown, leaving room for the ellipses. */
        int windowEnd(int from) {
            if (width(from, cells.size()) + (from > 0 ? 1 : 0) <= WIDTH) {
                return cells.size();
            }
            int to = from;
            int used = from > 0 ? 2 : 1;
            while (to < cells.size() && used + cells.get(to).width() <= WIDTH) {
                used += cells.get(to).width();
                to++;
            }
            return to;
        }

        String show(int from, int to) {
            StringBuilder text = new StringBuilder(from > 0 ? ELLIPSIS : "");
            for (int c = from; c < to; c++) {
                text.append(cells.get(c).text());
            }
            if (to < cells.size()) {
                text.append(ELLIPSIS);
            }
            return text.toString().stripTrailing();
        }
    }

    /** What one code point shows as, and how many terminal cells that takes. */
    private record Cell(String text, int width) {

        private static final Cell TAB = new Cell("    ", 4);
        private static final Cell REPLACED = new Cell("\uFFFD", 1);
        private static final Cell DROPPED = new Cell("", 0);
        /** Printable ASCII, shared: most of every line framed, and a cell per character adds up. */
        private static final Cell[] ASCII = new Cell[0x7F];

        static {
            for (char c = ' '; c < 0x7F; c++) {
                ASCII[c] = new Cell(String.valueOf(c), 1);
            }
        }

        static Cell of(int codePoint) {
            if (codePoint == '\t') {
                return TAB;
            }
            if (codePoint >= ' ' && codePoint < 0x7F) {
                return ASCII[codePoint];
            }
            return switch (Character.getType(codePoint)) {
                case Character.CONTROL, Character.SURROGATE -> REPLACED;
                case Character.FORMAT -> DROPPED;
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> new Cell(Character.toString(codePoint), 0);
                default -> new Cell(Character.toString(codePoint), wide(codePoint) ? 2 : 1);
            };
        }

        /** East Asian wide and fullwidth characters and the common emoji blocks (after Markus Kuhn's wcwidth). */
        private static boolean wide(int c) {
            return c >= 0x1100 && (c <= 0x115F
                    || c == 0x2329 || c == 0x232A
                    || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
                    || c >= 0xAC00 && c <= 0xD7A3
                    || c >= 0xF900 && c <= 0xFAFF
                    || c >= 0xFE10 && c <= 0xFE19
                    || c >= 0xFE30 && c <= 0xFE6F
                    || c >= 0xFF00 && c <= 0xFF60
                    || c >= 0xFFE0 && c <= 0xFFE6
                    || c >= 0x1F300 && c <= 0x1F64F
                    || c >= 0x1F900 && c <= 0x1F9FF
                    || c >= 0x20000 && c <= 0x3FFFD);
        }
    }
}
