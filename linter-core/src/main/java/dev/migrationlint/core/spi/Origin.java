package dev.migrationlint.core.spi;

/**
 * Where a catalog object was created or last changed.
 *
 * @param path           the migration's path
 * @param statementIndex the statement's index in that migration
 * @param transactionId  the {@link TransactionState#id()} of that statement (0 outside a transaction)
 */
public record Origin(String path, Version version, int statementIndex, int transactionId) {
}
