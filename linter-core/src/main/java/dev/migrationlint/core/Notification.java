package dev.migrationlint.core;

import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Span;

/** A problem the tool had with an input (an unreadable file, an unterminated string), for SARIF toolExecutionNotifications. */
public record Notification(String path, Span span, Level level, String message) {
}
