package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.SourceProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTextTest {

    @Test
    void utf8WithBomDecodesWithoutTheBom() {
        byte[] bytes = "\uFEFFSELECT 'é';".getBytes(StandardCharsets.UTF_8);
        SourceText t = SourceText.decode(bytes);
        assertEquals("SELECT 'é';", t.text());
        assertTrue(t.problems().isEmpty());
    }

    @Test
    void invalidUtf8IsDecodedWithReplacementAndReported() {
        byte[] bytes = {'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'', (byte) 0xE9, '\''};
        SourceText t = SourceText.decode(bytes);
        assertEquals("SELECT '\uFFFD'", t.text());
        assertEquals(SourceProblem.Kind.INVALID_ENCODING, t.problems().get(0).kind());
        assertTrue(t.problems().get(0).message().contains("offset 8"), t.problems().get(0).message());
    }

    @Test
    void nulBytesMeanBinary() {
        SourceText t = SourceText.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        assertNull(t.text());
        assertEquals(SourceProblem.Kind.BINARY, t.problems().get(0).kind());
    }

    @Test
    void emptyFileIsText() {
        SourceText t = SourceText.decode(new byte[0]);
        assertEquals("", t.text());
        assertTrue(t.problems().isEmpty());
    }
}
