package dev.migrationlint.core.internal.history;

import dev.migrationlint.core.spi.ChecksumKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ChecksumsTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int crc(String s) {
        CRC32 crc = new CRC32();
        crc.update(utf8(s));
        return (int) crc.getValue();
    }

    @Test
    void flywayChecksumIsCrc32OfTheLinesWithoutTerminators() {
        assertEquals(crc("SELECT 1;SELECT 2;"), Checksums.flyway(utf8("SELECT 1;\nSELECT 2;\n")));
        assertEquals(crc("SELECT 1;SELECT 2;"), Checksums.flyway(utf8("SELECT 1;\r\nSELECT 2;")));
        assertEquals(crc("SELECT 1;SELECT 2;"), Checksums.flyway(utf8("SELECT 1;\r\rSELECT 2;\r\n\n")));
        assertEquals(0, Checksums.flyway(new byte[0]));
    }

    @Test
    void flywayDropsOnlyALeadingByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n'};
        assertEquals(crc("x"), Checksums.flyway(bom));
        assertEquals(crc("a\uFEFFb"), Checksums.flyway(utf8("a\n\uFEFFb\n")));
        assertEquals(crc("café 日本 🎉"), Checksums.flyway(utf8("café\r\n 日本 🎉")));
    }

    @Test
    void flywayChecksumIsStoredAsASignedDecimal() {
        String text = "CREATE TABLE users (id int);\n";
        assertEquals(Integer.toString(crc("CREATE TABLE users (id int);")), Checksums.of(utf8(text),
                ChecksumKind.FLYWAY));
    }

    @Test
    void contentChecksumIgnoresLineEndingsAndBomButNotContent() {
        String lf = Checksums.content(utf8("a\nb\n"));
        assertEquals(lf, Checksums.content(utf8("a\r\nb\r\n")));
        assertEquals(lf, Checksums.content(utf8("a\rb\r")));
        assertEquals(lf, Checksums.content(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', '\n'}));
        assertNotEquals(lf, Checksums.content(utf8("a\nb")));
        assertNotEquals(lf, Checksums.content(utf8("a\n\nb\n")));
        assertEquals(71, lf.length());
    }
}
