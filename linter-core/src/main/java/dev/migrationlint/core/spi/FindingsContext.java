package dev.migrationlint.core.spi;

import java.util.List;

/** What a {@link FindingsRule} sees after filtering: every ignore comment of the run and how it was used. */
public interface FindingsContext {

    List<SuppressionComment> suppressions();

    void report(String path, Span span, String message, String help);
}
