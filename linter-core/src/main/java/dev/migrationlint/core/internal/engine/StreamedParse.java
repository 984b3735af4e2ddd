package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.ContentOverrides;
import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.lex.Splitter;
import dev.migrationlint.core.internal.recognize.Recognizer;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.SourceProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parse of a file too large to hold ({@link SourceText#STREAM_ABOVE}): the file is decoded and split from a
 * {@link java.io.Reader}, each statement is recognized as it comes, and only what the later phases need is kept.
 *
 * <p>Memory stays bounded by the file's structure, not by its rows: a run of consecutive data statements that
 * change the same table the same way (equal {@link Fact.Dml} facts, e.g. the millions of {@code INSERT INTO t ...}
 * rows of a seed file) is kept as one <em>compacted</em> statement — the first statement of the run (its text,
 * tokens, comments and fact), with its span extended to the end of the run's last statement. A statement that
 * carries comments is never folded in, so every comment (inline directives, goose and dbmate markers) stays where
 * it was. Folded statements still count in the run's statement totals ({@link ParsedMigration#absorbed()}); rules
 * see the run once, so a finding on it is reported once, at its first statement. Each statement itself is bounded
 * by {@link LexOptions#maxStatementChars()} (longer ones keep only their head, as in a whole read).
 */
final class StreamedParse extends Splitter.Collector {

    private final Recognizer recognizer;
    private final List<Fact> facts = new ArrayList<>();
    private long absorbed;

    private StreamedParse(Recognizer recognizer) {
        this.recognizer = recognizer;
    }

    static ParsedMigration parse(Migration migration, LexOptions lex, Recognizer recognizer,
                                 ContentOverrides contents) {
        StreamedParse parse = new StreamedParse(recognizer);
        List<SourceProblem> problems = new ArrayList<>();
        boolean blank;
        try (SourceText.Streamed source = SourceText.open(migration.file(), contents)) {
            if (source.reader() == null) {
                return new ParsedMigration(migration, List.of(), List.of(), List.of(), source.problems(), false);
            }
            Splitter.split(source.reader(), lex, parse);
            if (source.encodingProblem() != null) {
                problems.add(source.encodingProblem());
            }
            blank = source.blank();
        } catch (IOException | UncheckedIOException e) {
            return new ParsedMigration(migration, List.of(), List.of(), List.of(),
                    List.of(SourceText.unreadable(e instanceof UncheckedIOException u ? u.getCause() : e)), false);
        }
        problems.addAll(parse.problems);
        return new ParsedMigration(migration, List.copyOf(parse.statements), List.copyOf(parse.facts),
                List.copyOf(parse.comments), problems, blank, parse.absorbed);
    }

    @Override
    public void statement(RawStatement s) {
        Fact fact = Engine.recognize(recognizer, s);
        int last = statements.size() - 1;
        if (last >= 0 && s.comments().isEmpty() && sameDataChange(facts.get(last), fact)) {
            RawStatement first = statements.get(last);
            statements.set(last, new RawStatement(first.span().to(s.span()), first.text(), first.tokens(),
                    first.comments(), first.truncated(), s.terminated()));
            absorbed++;
            return;
        }
        statements.add(s);
        facts.add(fact);
    }

    /** True when {@code next} changes the same table's rows the same way as {@code previous}. */
    static boolean sameDataChange(Fact previous, Fact next) {
        return previous instanceof Fact.Dml dml && dml.changesData() && dml.table() != null && dml.equals(next);
    }
}
