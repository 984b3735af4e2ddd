package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random scripts from SQL fragments: whatever the split, positions and texts must agree with the source. */
class SplitInvariantsTest {

    private static final String[] FRAGMENTS = {
        "SELECT 1", ";", ";", "\n", "\r\n", "\r", " ", "'str''ing'", "'open", "\"id\"", "\"open", "`bt`", "`open",
        "-- line\n", "# hash\n", "/* block */", "/* open", "/* /* nested */ */", "$$ body; $$", "$tag$ x $tag$",
        "$tag$ open", "$1", "?", "${ph}", ":name", "{{ tmpl }}", "{{ open", "E'a\\'b'", "U&'x'", "café", "😀",
        "\uD800", "\0", "BEGIN", "END", "END IF", "CASE", "IF", "THEN", "LOOP", "END LOOP", "DECLARE",
        "CREATE PROCEDURE p() ", "CREATE FUNCTION f() RETURNS int AS ", "CREATE TRIGGER t ", "BEGIN ATOMIC ",
        "\nDELIMITER $$\n", "\nDELIMITER ;\n", "\ndelimiter d//\n", "$$", "d//", "\nGO\n", "\n/\n",
        "\n\\set x 1\n", "\nCOPY t FROM stdin;\n1\t2\n\\.\n", "\nCOPY t FROM stdin;\n", "\n-- +goose StatementBegin\n",
        "\n-- +goose StatementEnd\n", "/*!40101 SET x=1 */", "(", ")", "::", "->>", ",", ".", "1.5e3",
    };

    @Test
    void randomScriptsKeepPositionsExact() {
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            String src = sb.toString();
            Dialect dialect = Dialect.values()[round % Dialect.values().length];
            LexOptions options = new LexOptions(dialect, round % 2 == 0, round % 5 == 0 ? 40 : 1 << 20);
            SplitResult result = Splitter.split(src, options);
            assertEquals(result, SplitterTest.streamed(src, options), src);
            assertConsistent(src, result);
        }
    }

    /** Every statement and token sits where it says, in order, with its exact text. */
    static void assertConsistent(String src, SplitResult result) {
        LineIndex index = new LineIndex(src);
        long previousEnd = 0;
        for (RawStatement s : result.statements()) {
            assertTrue(s.span().startOffset() >= previousEnd, src);
            assertTrue(s.span().endOffset() >= s.span().startOffset(), src);
            previousEnd = s.span().endOffset();
            int start = (int) s.span().startOffset();
            int end = (int) s.span().endOffset();
            if (s.truncated()) {
                assertTrue(src.startsWith(s.text(), start), src);
            } else {
                assertEquals(src.substring(start, end), s.text());
            }
            assertEquals(index.line(start), s.span().startLine());
            assertEquals(index.column(start), s.span().startColumn());
            assertEquals(index.line(end), s.span().endLine());
            assertEquals(index.column(end), s.span().endColumn());
            assertTrue(!s.tokens().isEmpty(), src);
            for (Token t : s.tokens()) {
                assertTrue(t.offset() >= start && t.offset() + t.text().length() <= end, src);
            }
            assertTokens(src, index, s.tokens());
            assertTokens(src, index, s.comments());
        }
        assertTokens(src, index, result.comments());
    }

    private static void assertTokens(String src, LineIndex index, List<Token> tokens) {
        long previous = -1;
        for (Token t : tokens) {
            int at = (int) t.offset();
            assertTrue(at > previous, src);
            previous = at;
            assertTrue(src.startsWith(t.text(), at), src);
            assertEquals(index.line(at), t.line(), src);
            assertEquals(index.column(at), t.column(), src);
        }
    }

    /** Reference line/column computation, independent of the lexer. */
    static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String src) {
            starts.add(0);
            for (int i = 0; i < src.length(); i++) {
                char c = src.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= src.length() || src.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            if (src.startsWith("\uFEFF")) {
                starts.set(0, 1);
            }
        }

        int line(int offset) {
            int lo = 0;
            int hi = starts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts.get(mid) <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        int column(int offset) {
            return offset - starts.get(line(offset) - 1) + 1;
        }
    }
}
