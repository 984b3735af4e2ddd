package dev.migrationlint.core.internal.java;

import dev.migrationlint.core.internal.lex.LexOptions;
import dev.migrationlint.core.internal.lex.RawStatement;
import dev.migrationlint.core.internal.lex.SplitResult;
import dev.migrationlint.core.internal.lex.Splitter;
import dev.migrationlint.core.spi.Direction;
import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SQL of a Java migration as one script: each call's SQL is split with the normal splitter, and every statement,
 * token, comment and problem is placed back in the {@code .java} file, at the characters of the string literals it
 * came from.
 *
 * @param statements in execution order
 * @param directions for each statement, UP, or DOWN for SQL of a rollback method
 * @param sites      for each statement, the call that runs it
 * @param comments   the Java comments and the SQL comments inside the literals, in file order
 */
public record JavaScript(List<RawStatement> statements, List<Direction> directions, List<Span> sites,
                         List<Token> comments, List<SourceProblem> problems) {

    public JavaScript {
        statements = List.copyOf(statements);
        directions = List.copyOf(directions);
        sites = List.copyOf(sites);
        comments = List.copyOf(comments);
        problems = List.copyOf(problems);
    }

    /** Splits the SQL of {@code reading}, read from {@code source}, into statements placed in the Java file. */
    public static JavaScript of(String source, JavaMigrationReader.Reading reading, LexOptions options) {
        LineTable lines = new LineTable(source);
        List<RawStatement> statements = new ArrayList<>();
        List<Direction> directions = new ArrayList<>();
        List<Span> sites = new ArrayList<>();
        List<Token> comments = new ArrayList<>(reading.comments());
        List<SourceProblem> problems = new ArrayList<>(reading.problems());
        for (JavaMigrationReader.SqlCall call : reading.sql()) {
            MappedText text = call.text();
            SplitResult split = Splitter.split(text.toString(), options);
            Mapper mapper = new Mapper(text, lines);
            for (RawStatement s : split.statements()) {
                statements.add(new RawStatement(mapper.span(s.span()), s.text(), mapper.tokens(s.tokens()),
                        mapper.tokens(s.comments()), s.truncated(), s.terminated()));
                directions.add(call.direction());
                sites.add(call.site());
            }
            comments.addAll(mapper.tokens(split.comments()));
            for (SourceProblem p : split.problems()) {
                problems.add(new SourceProblem(p.kind(), p.message(), p.fileLevel() ? p.span() : mapper.span(p.span())));
            }
        }
        comments.sort(Comparator.comparingLong(Token::offset));
        return new JavaScript(statements, directions, sites, comments, problems);
    }

    /** Moves positions in one call's SQL text to the Java file. */
    private record Mapper(MappedText text, LineTable lines) {

        Span span(Span s) {
            int start = text.sourceStart((int) Math.min(s.startOffset(), text.length()));
            int end = text.sourceEndOf((int) Math.min(s.endOffset(), text.length()));
            return lines.span(start, Math.max(start, end));
        }

        Token token(Token t) {
            int offset = text.sourceStart((int) Math.min(t.offset(), text.length()));
            return new Token(t.type(), t.text(), offset, lines.line(offset), lines.column(offset));
        }

        List<Token> tokens(List<Token> tokens) {
            List<Token> mapped = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                mapped.add(token(t));
            }
            return mapped;
        }
    }
}
