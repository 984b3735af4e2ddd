/**
 * migration-lint for a Java service's own tests: {@link dev.migrationlint.archunit.MigrationArchRules}, ArchUnit rules
 * for Flyway Java migrations, and {@link dev.migrationlint.archunit.MigrationLint}, the SQL migration linter as a
 * JUnit assertion.
 */
package dev.migrationlint.archunit;
