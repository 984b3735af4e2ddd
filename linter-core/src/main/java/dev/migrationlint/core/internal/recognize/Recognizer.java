package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Token;

import java.util.List;

public final class Recognizer {
    public Recognizer(Dialect dialect, String defaultSchema) {
    }

    public Fact recognize(List<Token> tokens) {
        throw new UnsupportedOperationException("stub");
    }
}
