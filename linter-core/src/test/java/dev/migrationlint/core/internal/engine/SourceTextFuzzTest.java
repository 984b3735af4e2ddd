package dev.migrationlint.core.internal.engine;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fuzzing file decoding: any bytes decode without failing, and the streamed decoding used for large files gives
 * exactly the text, problems and blankness of the whole-file decoding. Without {@code JAZZER_FUZZ} the committed
 * seeds ({@code SourceTextFuzzTestInputs/}) run as regression tests.
 */
class SourceTextFuzzTest {

    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("source-fuzz", ".sql");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void streamedDecodingEqualsWholeDecoding(byte[] input) throws IOException {
        SourceText whole = SourceText.decode(input);
        Files.write(FILE, input);
        try (SourceText.Streamed streamed = SourceText.open(FILE)) {
            if (whole.text() == null) {
                assertEquals(whole.problems(), streamed.problems());
                assertEquals(null, streamed.reader());
                return;
            }
            StringBuilder text = new StringBuilder();
            Reader reader = streamed.reader();
            char[] buf = new char[1 + input.length % 7];
            for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
                text.append(buf, 0, n);
            }
            assertEquals(whole.text(), text.toString());
            List<Object> problems = new ArrayList<>();
            if (streamed.encodingProblem() != null) {
                problems.add(streamed.encodingProblem());
            }
            assertEquals(whole.problems(), problems);
            assertEquals(whole.text().isBlank(), streamed.blank());
        }
    }
}
