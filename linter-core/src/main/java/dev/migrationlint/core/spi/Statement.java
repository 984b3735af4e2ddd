package dev.migrationlint.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One statement of a migration, as the tool will send it: its source span, tokens, the
 * recognizer's fact, and how it runs. The JSqlParser AST is produced on first request only
 * (and within a time budget), so rules that do not need it cost nothing.
 */
public final class Statement {
    private final int index;
    private final Span span;
    private final String text;
    private final List<Token> tokens;
    private final List<Token> comments;
    private final Fact fact;
    private final Direction direction;
    private final TransactionState transaction;
    private final Execution execution;
    private final Supplier<Optional<net.sf.jsqlparser.statement.Statement>> astSource;
    private Optional<net.sf.jsqlparser.statement.Statement> ast;

    public Statement(int index, Span span, String text, List<Token> tokens, List<Token> comments, Fact fact,
                     Direction direction, TransactionState transaction, Execution execution,
                     Supplier<Optional<net.sf.jsqlparser.statement.Statement>> astSource) {
        this.index = index;
        this.span = span;
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.comments = List.copyOf(comments);
        this.fact = fact;
        this.direction = direction;
        this.transaction = transaction;
        this.execution = execution;
        this.astSource = astSource;
    }

    /** 0-based position among the statements of its migration. */
    public int index() {
        return index;
    }

    public Span span() {
        return span;
    }

    /** The statement's source text without the delimiter (cut after a large size; see {@code span} for the whole). */
    public String text() {
        return text;
    }

    /** The statement's tokens without comments and without the delimiter. */
    public List<Token> tokens() {
        return tokens;
    }

    /** Comments between the previous statement and this one, and inside this one. */
    public List<Token> comments() {
        return comments;
    }

    public Fact fact() {
        return fact;
    }

    public Direction direction() {
        return direction;
    }

    public TransactionState transaction() {
        return transaction;
    }

    /** How the tool runs the script or block this statement is in. */
    public Execution execution() {
        return execution;
    }

    /** True when this statement is of the given fact type. */
    public boolean is(Class<? extends Fact> type) {
        return type.isInstance(fact);
    }

    /** The fact as {@code type}, when it is one. */
    public <T extends Fact> Optional<T> factAs(Class<T> type) {
        return type.isInstance(fact) ? Optional.of(type.cast(fact)) : Optional.empty();
    }

    /** The JSqlParser AST, parsed on first call; empty when JSqlParser cannot parse it within its budget. */
    public synchronized Optional<net.sf.jsqlparser.statement.Statement> ast() {
        if (ast == null) {
            ast = astSource.get();
        }
        return ast;
    }

    @Override
    public String toString() {
        return "Statement[" + index + " " + fact.command() + " at " + span.startLine() + ":" + span.startColumn() + "]";
    }
}
