package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.SourceProblem;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a script into statements at the delimiter in force, keeping procedural bodies ({@code CREATE PROCEDURE ...
 * BEGIN ... END}, {@code BEGIN ATOMIC}, PL/SQL blocks) and goose {@code StatementBegin}/{@code StatementEnd} blocks
 * whole, and attaching {@code COPY ... FROM stdin} data to its statement.
 */
public final class Splitter {

    /** Receives a streamed script's statements, comments and problems in source order. */
    public interface SplitListener {
        void statement(RawStatement s);

        default void comment(Token c) {
        }

        default void problem(SourceProblem p) {
        }
    }

    private Splitter() {
    }

    public static SplitResult split(String source, LexOptions options) {
        Collector collector = new Collector();
        try {
            new Pass(new Lexer(source.toCharArray(), null, options, collector::problem), options, collector).run();
        } catch (IOException e) {
            throw new UncheckedIOException("no I/O happens on an in-memory script", e);
        }
        return new SplitResult(collector.statements, collector.comments, collector.problems);
    }

    /** Splits a whole script read from {@code reader}, collecting everything (tests and small inputs). */
    public static SplitResult split(Reader reader, LexOptions options) throws IOException {
        Collector collector = new Collector();
        split(reader, options, collector);
        return new SplitResult(collector.statements, collector.comments, collector.problems);
    }

    /** Splits a script read incrementally; memory stays bounded by {@link LexOptions#maxStatementChars()}. */
    public static void split(Reader reader, LexOptions options, SplitListener listener) throws IOException {
        new Pass(new Lexer(new char[1 << 16], reader, options, listener::problem), options, listener).run();
    }

    /** Keeps every statement, comment and problem; a subclass may keep statements its own way. */
    public static class Collector implements SplitListener {
        protected final List<RawStatement> statements = new ArrayList<>();
        protected final List<Token> comments = new ArrayList<>();
        protected final List<SourceProblem> problems = new ArrayList<>();

        @Override
        public void statement(RawStatement s) {
            statements.add(s);
        }

        @Override
        public void comment(Token c) {
            comments.add(c);
        }

        @Override
        public void problem(SourceProblem p) {
            problems.add(p);
        }
    }

    /** One run over a script: the statement being assembled and the block structure seen so far. */
    private static final class Pass {
        private final Lexer lexer;
        private final SplitListener listener;
        private final int max;
        private final boolean gooseBlocks;
        private final BlockTracker blocks;

        private boolean active;
        private long start;
        private int startLine;
        private int startColumn;
        private long lastEnd;
        private int lastEndLine;
        private int lastEndColumn;
        private long keptEnd;
        private boolean truncated;
        private String head;
        private final List<Token> tokens = new ArrayList<>();
        private List<Token> comments = new ArrayList<>();
        /** Comments between a COPY statement's delimiter and its data belong to the next statement. */
        private List<Token> commentsAfterCopy = new ArrayList<>();
        private Token heldSemicolon;
        private boolean awaitingCopyData;
        private boolean inGooseBlock;

        Pass(Lexer lexer, LexOptions options, SplitListener listener) {
            this.lexer = lexer;
            this.listener = listener;
            this.max = options.maxStatementChars();
            this.gooseBlocks = options.gooseBlocks();
            this.blocks = new BlockTracker(lexer, options.dialect());
            lexer.onRetentionOverflow(this::truncate);
        }

        void run() throws IOException {
            for (TokenType t = lexer.advance(); t != null; t = lexer.advance()) {
                switch (t) {
                    case LINE_COMMENT, BLOCK_COMMENT -> comment(t);
                    case COPY_DATA -> copyData();
                    case META_COMMAND -> metaCommand();
                    case DELIMITER -> delimiter();
                    default -> {
                        if (awaitingCopyData) {
                            emit(true);
                        }
                        if (t == TokenType.OPERATOR && !blocks.tracking() && !inGooseBlock && lexer.isSemicolon()) {
                            // A custom delimiter is in force for the bodies it protects; plain statements still end
                            // at ';', as the server would run them one by one.
                            end(true);
                        } else {
                            significant(t);
                        }
                    }
                }
            }
            if (active) {
                emit(awaitingCopyData);
            }
        }

        private void comment(TokenType t) {
            Token c = lexer.token();
            listener.comment(c);
            String goose = t == TokenType.LINE_COMMENT && gooseBlocks ? gooseAnnotation(c.text()) : null;
            if (goose != null) {
                switch (goose) {
                    case "statementbegin" -> {
                        end(false);
                        inGooseBlock = true;
                    }
                    case "statementend" -> {
                        if (inGooseBlock) {
                            inGooseBlock = false;
                            if (active && !awaitingCopyData) {
                                addComment(c);
                                heldSemicolon = null;
                                end(true);
                                return;
                            }
                        }
                    }
                    case "up", "down" -> end(false);
                    default -> {
                    }
                }
            }
            addComment(c);
        }

        private void addComment(Token c) {
            if (awaitingCopyData) {
                commentsAfterCopy.add(c);
                return;
            }
            if (!active) {
                comments.add(c);
                return;
            }
            if (!truncated) {
                if (lexer.end() - start > max) {
                    truncate();
                } else {
                    comments.add(c);
                }
            }
        }

        /** The goose command of a {@code -- +goose X} comment, lower-case, or null. */
        private static String gooseAnnotation(String text) {
            int i = 2;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (!text.regionMatches(true, i, "+goose", 0, 6)) {
                return null;
            }
            return text.substring(i + 6).trim().toLowerCase(Locale.ROOT);
        }

        private void copyData() {
            if (!awaitingCopyData) {
                end(false);
                begin();
            }
            keep(lexer.token());
            awaitingCopyData = false;
            emit(true);
        }

        private void metaCommand() {
            end(false);
            begin();
            keep(lexer.token());
            end(true);
        }

        private void delimiter() {
            if (awaitingCopyData) {
                emit(true);
            }
            if (lexer.batchLine()) {
                heldSemicolon = null;
                end(true);
                return;
            }
            boolean ends = !inGooseBlock && (lexer.customDelimiter() || blocks.semicolonEnds());
            if (ends) {
                end(true);
            } else if (active) {
                Token d = lexer.token();
                Token semicolon = new Token(TokenType.OPERATOR, d.text(), d.offset(), d.line(), d.column());
                if (inGooseBlock) {
                    // Held back: a goose block's last ';' is its delimiter, not part of the statement.
                    heldSemicolon = semicolon;
                } else {
                    keep(semicolon);
                    blocks.innerSemicolon();
                }
            }
        }

        private void significant(TokenType t) {
            if (!active) {
                begin();
            }
            if (heldSemicolon != null) {
                Token s = heldSemicolon;
                heldSemicolon = null;
                keepAt(s, s.offset() + s.text().length(), s.line(), s.column() + s.text().length());
            }
            blocks.token(t);
            keep(null);
        }

        private void begin() {
            active = true;
            start = lexer.start();
            startLine = lexer.line();
            startColumn = lexer.column();
            keptEnd = start;
            lexer.retainFrom(start);
        }

        /** Adds the current token (or {@code replacement} for it) to the statement unless it is already truncated. */
        private void keep(Token replacement) {
            long end = lexer.end();
            if (!truncated && !tokens.isEmpty() && end - start > max) {
                truncate();
            }
            if (!truncated || tokens.isEmpty()) {
                tokens.add(replacement != null ? replacement : lexer.token());
                keptEnd = end;
            }
            lastEnd = end;
            lastEndLine = lexer.endLine();
            lastEndColumn = lexer.endColumn();
        }

        private void keepAt(Token t, long end, int endLine, int endColumn) {
            if (!truncated) {
                tokens.add(t);
                keptEnd = end;
            }
            lastEnd = end;
            lastEndLine = endLine;
            lastEndColumn = endColumn;
        }

        /** Called when the statement outgrows its budget, while its head is still in the lexer's buffer. */
        private void truncate() {
            if (!active || truncated) {
                return;
            }
            truncated = true;
            head = tokens.isEmpty() ? null : lexer.text(start, keptEnd);
            lexer.release();
        }

        private void end(boolean terminated) {
            if (!active) {
                return;
            }
            if (awaitingCopyData) {
                emit(true);
            } else if (terminated && lexer.copyDataPending()) {
                awaitingCopyData = true;
            } else {
                emit(terminated);
            }
        }

        private void emit(boolean terminated) {
            String text;
            if (truncated) {
                text = head != null ? head : tokens.isEmpty() ? "" : tokens.get(0).text();
            } else {
                text = lexer.text(start, lastEnd);
            }
            Span span = new Span(start, lastEnd, startLine, startColumn, lastEndLine, lastEndColumn);
            RawStatement s = new RawStatement(span, text, tokens, comments, truncated, terminated);
            lexer.release();
            active = false;
            truncated = false;
            head = null;
            heldSemicolon = null;
            awaitingCopyData = false;
            tokens.clear(); // RawStatement keeps a copy: the list and its grown capacity serve the next statement
            comments = commentsAfterCopy;
            commentsAfterCopy = new ArrayList<>();
            blocks.reset();
            listener.statement(s);
        }
    }
}
