package dev.migrationlint.rules.meta;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.SourceProblem;

/** A migration the tool could not read or decode is a migration nobody checked. */
@RuleInfo(id = "unreadable-file",
        summary = "Migration files must be readable UTF-8 text",
        level = Level.WARNING, category = Category.META, appliesToDown = true)
public final class UnreadableFile implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        for (SourceProblem p : context.problems()) {
            if (p.fileLevel()) {
                context.report(p.span(), p.message(), switch (p.kind()) {
                    case INVALID_ENCODING -> "save the file as UTF-8";
                    case BINARY -> "a migration must be SQL text; remove the file or move it out of the location";
                    default -> "make the file readable by the user running the linter";
                });
            }
        }
    }
}
