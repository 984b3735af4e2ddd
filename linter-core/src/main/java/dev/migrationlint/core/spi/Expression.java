package dev.migrationlint.core.spi;

import java.util.List;

/**
 * An expression as written (a default, a CHECK condition, a USING clause): its text, the
 * functions it calls (lower case, without schema), and its volatility.
 */
public record Expression(String text, List<String> functions, Volatility volatility) {
    public Expression {
        functions = List.copyOf(functions);
    }
}
