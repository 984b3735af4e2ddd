package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Carets line up with what a terminal shows, whatever the line holds; the expected cells are counted by hand. */
class CodeFrameTest {

    private static final Palette PLAIN = new Palette(false);

    static Stream<Arguments> lines() {
        return Stream.of(
                // line, start column, end column (UTF-16 units), cells before the caret, carets
                Arguments.of("plain", "SELECT 1", 8, 9, 7, 1),
                Arguments.of("tab takes four cells", "\tSELECT 1", 2, 10, 4, 8),
                Arguments.of("precomposed e acute", "pr\u00e9nom x", 8, 9, 7, 1),
                Arguments.of("decomposed e acute: the mark takes none", "pre\u0301nom x", 9, 10, 7, 1),
                Arguments.of("outside the BMP, one cell", ReportFixture.SCRIPT_X + " x", 4, 5, 2, 1),
                Arguments.of("emoji, two cells", ReportFixture.GRIN + " x", 4, 5, 3, 1),
                Arguments.of("wide CJK", "\u4e2d\u6587 x", 4, 5, 5, 1),
                Arguments.of("underline over wide characters", "x \u4e2d\u6587;", 3, 5, 2, 4),
                Arguments.of("bidi override dropped", "a\u202Eb x", 5, 6, 3, 1),
                Arguments.of("escape sequence defused", "\u001b[31m x", 7, 8, 6, 1),
                Arguments.of("column past the end of a changed file", "abc", 10, 12, 3, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void caretSitsUnderTheStartColumn(String name, String line, int start, int end, int pad, int carets) {
        List<String> frame = CodeFrame.render(new Span(0, 0, 1, start, 1, end), Map.of(1, line), Level.ERROR, PLAIN);

        assertEquals(3, frame.size(), () -> String.join("\n", frame));
        assertEquals("  |", frame.get(0));
        assertTrue(frame.get(1).startsWith("1 | "), frame.get(1));
        assertFalse(frame.get(1).chars().anyMatch(c -> c == 0x1b || c == 0x202E), frame.get(1));
        assertEquals("  | " + " ".repeat(pad) + "^".repeat(carets), frame.get(2));
    }

    @Test
    void longLineShowsAWindowAroundTheCaret() {
        String line = "x".repeat(150) + "DROP TABLE t" + "y".repeat(100);

        List<String> frame = CodeFrame.render(new Span(0, 0, 7, 151, 7, 163), Map.of(7, line), Level.ERROR, PLAIN);

        String shown = frame.get(1).substring("7 | ".length());
        assertTrue(shown.startsWith("\u2026" + "x".repeat(40) + "DROP TABLE t"), shown);
        assertTrue(shown.endsWith("y\u2026"), shown);
        assertEquals(CodeFrame.WIDTH, shown.length());
        assertEquals("  | " + " ".repeat(41) + "^".repeat(12), frame.get(2));
    }

    @Test
    void longLineWithTheCaretNearItsStartIsCutAtTheEnd() {
        String line = "DROP TABLE t; " + "y".repeat(300);

        List<String> frame = CodeFrame.render(new Span(0, 0, 1, 1, 1, 13), Map.of(1, line), Level.ERROR, PLAIN);

        String shown = frame.get(1).substring("1 | ".length());
        assertTrue(shown.startsWith("DROP TABLE t; y"), shown);
        assertEquals(CodeFrame.WIDTH, shown.length());
        assertEquals("  | " + "^".repeat(12), frame.get(2));
    }

    @Test
    void multiLineStatementShowsItsFirstLinesUnderlinedToTheFirstLineEnd() {
        Map<Integer, String> source = Map.of(9, "ALTER TABLE users   ", 10, "  ALTER COLUMN a SET NOT NULL,",
                11, "  ALTER COLUMN b SET NOT NULL,", 12, "  ALTER COLUMN c SET NOT NULL");

        List<String> frame = CodeFrame.render(new Span(0, 0, 9, 1, 12, 31), source, Level.WARNING, PLAIN);

        assertEquals(List.of(
                "   |",
                " 9 | ALTER TABLE users",
                "   | ^^^^^^^^^^^^^^^^^",
                "10 |   ALTER COLUMN a SET NOT NULL,",
                "11 |   ALTER COLUMN b SET NOT NULL,",
                "   | ..."), frame);
    }

    @Test
    void spanEndingAtColumnOneOfTheNextLineShowsOneLine() {
        Map<Integer, String> source = Map.of(1, "VACUUM;", 2, "SELECT 1;");

        List<String> frame = CodeFrame.render(new Span(0, 8, 1, 1, 2, 1), source, Level.NOTE, PLAIN);

        assertEquals(List.of("  |", "1 | VACUUM;", "  | ^^^^^^^"), frame);
        assertEquals(List.of(1), CodeFrame.lines(new Span(0, 8, 1, 1, 2, 1)));
    }

    @Test
    void emptySourceLineKeepsNoTrailingSpace() {
        List<String> frame = CodeFrame.render(new Span(0, 0, 1, 1, 1, 1), Map.of(1, ""), Level.NOTE, PLAIN);

        assertEquals(List.of("  |", "1 |", "  | ^"), frame);
    }

    @Test
    void missingLineMeansNoFrame() {
        assertEquals(List.of(),
                CodeFrame.render(new Span(0, 0, 4, 1, 4, 2), Map.of(1, "x"), Level.ERROR, PLAIN));
    }

    @Test
    void colourPaintsGutterAndCaretsOnly() {
        List<String> frame = CodeFrame.render(new Span(0, 0, 1, 1, 1, 2), Map.of(1, "x"), Level.ERROR,
                new Palette(true));

        assertEquals("\u001b[1;34m1 |\u001b[0m x", frame.get(1));
        assertEquals("\u001b[1;34m  |\u001b[0m \u001b[1;31m^\u001b[0m", frame.get(2));
    }
}
