package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.JavaSource;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;

import java.util.List;
import java.util.Map;

/**
 * A migration after the parallel phase: read, split and recognized, not yet placed in its history.
 *
 * @param migration  as discovered; for a Java migration with the execution its source declares
 * @param directions for a Java migration, each statement's direction (DOWN for SQL of rollback methods); else null
 * @param javaSource for a Java migration class, what its source says; else null
 * @param java       for a Java migration, where each statement's call is and what each comment precedes; else null
 * @param note       why a {@code .java} file was not read as a migration, or null
 * @param absorbed   statements of a streamed file folded into the data statement before them ({@link StreamedParse});
 *                   they count as statements, but have no entry of their own in {@code statements}
 * @param bytes      the file's size (0 when it cannot be told), for the run's summary
 */
record ParsedMigration(Migration migration, List<RawStatement> statements, List<Fact> facts, List<Token> comments,
                       List<SourceProblem> problems, boolean blank, List<Direction> directions,
                       JavaSource javaSource, String note, JavaPlaces java, long absorbed, long bytes) {

    /**
     * @param sites          for each statement, the Java call that runs it
     * @param commentTargets by comment offset, the Java code the comment precedes
     */
    record JavaPlaces(List<Span> sites, Map<Long, Span> commentTargets) {
    }

    ParsedMigration(Migration migration, List<RawStatement> statements, List<Fact> facts, List<Token> comments,
                    List<SourceProblem> problems, boolean blank) {
        this(migration, statements, facts, comments, problems, blank, null, null, null, null, 0, 0);
    }

    /** A streamed SQL file. */
    ParsedMigration(Migration migration, List<RawStatement> statements, List<Fact> facts, List<Token> comments,
                    List<SourceProblem> problems, boolean blank, long absorbed) {
        this(migration, statements, facts, comments, problems, blank, null, null, null, null, absorbed, 0);
    }

    ParsedMigration withBytes(long size) {
        return new ParsedMigration(migration, statements, facts, comments, problems, blank, directions, javaSource,
                note, java, absorbed, Math.max(0, size));
    }
}
