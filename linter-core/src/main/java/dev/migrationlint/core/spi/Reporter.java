package dev.migrationlint.core.spi;

/** Where a rule reports. {@code message} says what is wrong and names the object; {@code help} says what to do instead. */
public interface Reporter {
    void report(Span span, String message, String help);
}
