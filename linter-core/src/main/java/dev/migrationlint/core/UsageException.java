package dev.migrationlint.core;

/**
 * A problem with how the tool was called or configured (unknown rule id, bad config, a missing
 * path, a version out of range). The message names the problem; the command line exits with 2.
 */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
