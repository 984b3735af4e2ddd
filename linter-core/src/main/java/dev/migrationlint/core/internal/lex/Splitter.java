package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Dialect;
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
import java.util.Set;

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

    /** Splits a script read incrementally; memory stays bounded by {@link LexOptions#maxStatementChars()}. */
    public static void split(Reader reader, LexOptions options, SplitListener listener) throws IOException {
        new Pass(new Lexer(new char[1 << 16], reader, options, listener::problem), options, listener).run();
    }

    private static final class Collector implements SplitListener {
        final List<RawStatement> statements = new ArrayList<>();
        final List<Token> comments = new ArrayList<>();
        final List<SourceProblem> problems = new ArrayList<>();

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
        private static final Set<String> ROUTINES = Set.of("FUNCTION", "PROCEDURE", "TRIGGER", "EVENT", "PACKAGE");
        private static final Set<String> NOT_ROUTINES = Set.of("TABLE", "VIEW", "INDEX", "SEQUENCE", "SCHEMA",
                "DATABASE", "TYPE", "DOMAIN", "EXTENSION", "USER", "ROLE", "MATERIALIZED", "POLICY", "RULE", "CAST",
                "COLLATION", "TABLESPACE", "STATISTICS", "SERVER", "PUBLICATION", "SUBSCRIPTION", "AS", "ON");
        private static final Set<String> TRANSACTION_WORDS = Set.of("TRANSACTION", "WORK", "TRAN", "ISOLATION",
                "READ", "NOT", "DEFERRABLE", "DISTRIBUTED");
        /** Words after END that close a construct whose opener is not counted (only BEGIN and CASE are). */
        private static final Set<String> UNCOUNTED_ENDS = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");
        private static final int ROUTINE_LOOKAHEAD = 12;

        private final Lexer lexer;
        private final SplitListener listener;
        private final int max;
        private final boolean gooseBlocks;
        private final boolean anonymousBlocks;
        private final boolean declareBlocks;

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
        private List<Token> tokens = new ArrayList<>();
        private List<Token> comments = new ArrayList<>();
        /** Comments between a COPY statement's delimiter and its data belong to the next statement. */
        private List<Token> commentsAfterCopy = new ArrayList<>();
        private Token heldSemicolon;
        private boolean awaitingCopyData;
        private boolean inGooseBlock;

        private int significant;
        private String firstWord;
        private boolean routineDecided;
        private boolean tracking;
        private int depth;
        private int parens;
        private boolean pendingEnd;
        private boolean asPending;
        private boolean declarationOpen;
        /** In a function, procedure or package (not a trigger: REFERENCING NEW TABLE AS t), IS/AS may open PL/SQL. */
        private boolean declarationsFollowAs;
        /** The statement starts with IF: nested IFs are counted, since END IF closes them. */
        private boolean ifStatement;
        /** The previous token ends an inner statement or opens a branch, so an IF here is a statement. */
        private boolean innerStatementStart;

        Pass(Lexer lexer, LexOptions options, SplitListener listener) {
            this.lexer = lexer;
            this.listener = listener;
            this.max = options.maxStatementChars();
            this.gooseBlocks = options.gooseBlocks();
            // BEGIN and DECLARE open anonymous blocks in PL/SQL and T-SQL; in MySQL only inside routines.
            this.anonymousBlocks = !options.dialect().isMysqlFamily();
            this.declareBlocks = options.dialect() != Dialect.POSTGRESQL && anonymousBlocks;
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
                        if (t == TokenType.OPERATOR && !tracking && !inGooseBlock && lexer.isSemicolon()) {
                            // A custom delimiter is in force for the bodies it protects; plain statements still end
                            // at ';', as the server would run them one by one.
                            end(true);
                        } else {
                            significant(t);
                        }
                    }
                }
            }
            if (pendingEnd) {
                pendingEnd = false;
                depth = Math.max(0, depth - 1);
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
            if (pendingEnd) {
                pendingEnd = false;
                depth = Math.max(0, depth - 1);
            }
            boolean ends = !inGooseBlock && (lexer.customDelimiter() || depth == 0);
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
                    innerStatementStart = true;
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
            boolean closer = false;
            if (pendingEnd) {
                pendingEnd = false;
                boolean endIf = ifStatement && lexer.isWord("IF");
                if (endIf || !(t == TokenType.WORD && isAny(UNCOUNTED_ENDS))) {
                    depth = Math.max(0, depth - 1);
                    closer = endIf || lexer.isWord("CASE");
                }
            }
            if (!closer) {
                track(t);
            }
            innerStatementStart = t == TokenType.WORD
                    ? lexer.isWord("THEN") || lexer.isWord("ELSE") || lexer.isWord("BEGIN")
                    : t == TokenType.OPERATOR && lexer.isSemicolon();
            significant++;
            keep(null);
        }

        private void track(TokenType t) {
            if (significant == 0) {
                if (lexer.isWord("CREATE")) {
                    firstWord = "CREATE";
                } else if (anonymousBlocks && lexer.isWord("BEGIN")) {
                    firstWord = "BEGIN";
                } else if (lexer.isWord("IF")) {
                    // A top-level IF ... THEN ... END IF (MariaDB, SQL Anywhere), or T-SQL IF ... BEGIN ... END.
                    firstWord = "IF";
                    tracking = true;
                    ifStatement = true;
                } else if (declareBlocks && lexer.isWord("DECLARE")) {
                    firstWord = "DECLARE";
                    tracking = true;
                    depth = 1;
                    declarationOpen = true;
                }
                return;
            }
            if (significant == 1) {
                if ("BEGIN".equals(firstWord) && !(t == TokenType.WORD && isAny(TRANSACTION_WORDS))) {
                    tracking = true;
                    depth = 1;
                } else if ("DECLARE".equals(firstWord) && lexer.token().text().startsWith("@")) {
                    // T-SQL: DECLARE @x int; is a statement of its own.
                    tracking = false;
                    depth = 0;
                    declarationOpen = false;
                }
            }
            if ("CREATE".equals(firstWord) && !routineDecided) {
                if (t == TokenType.LEFT_PAREN || significant > ROUTINE_LOOKAHEAD) {
                    routineDecided = true;
                } else if (t == TokenType.WORD) {
                    if (isAny(ROUTINES)) {
                        routineDecided = true;
                        tracking = true;
                        declarationsFollowAs = !lexer.isWord("TRIGGER") && !lexer.isWord("EVENT");
                    } else if (isAny(NOT_ROUTINES)) {
                        routineDecided = true;
                    }
                }
            }
            if (!tracking) {
                return;
            }
            if (asPending) {
                asPending = false;
                if (t == TokenType.WORD && depth == 0) {
                    // PL/SQL "IS|AS <declarations> BEGIN ... END": the declarations already belong to the body.
                    depth = 1;
                    declarationOpen = true;
                }
            }
            switch (t) {
                case LEFT_PAREN -> parens++;
                case RIGHT_PAREN -> parens = Math.max(0, parens - 1);
                case WORD -> trackWord();
                default -> {
                }
            }
        }

        private void trackWord() {
            if (lexer.isWord("BEGIN")) {
                if (declarationOpen && depth == 1) {
                    declarationOpen = false;
                } else {
                    depth++;
                }
            } else if (lexer.isWord("CASE")) {
                depth++;
            } else if (ifStatement && depth == 0 && parens == 0 && lexer.isWord("THEN")) {
                depth = 1;
            } else if (ifStatement && innerStatementStart && lexer.isWord("IF")) {
                depth++;
            } else if (lexer.isWord("END")) {
                pendingEnd = true;
            } else if (depth == 0 && parens == 0 && declarationsFollowAs
                    && (lexer.isWord("AS") || lexer.isWord("IS"))) {
                asPending = true;
            } else if (depth == 0 && lexer.isWord("DECLARE")) {
                depth = 1;
                declarationOpen = true;
            }
        }

        private boolean isAny(Set<String> words) {
            for (String w : words) {
                if (lexer.isWord(w)) {
                    return true;
                }
            }
            return false;
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
            tokens = new ArrayList<>();
            comments = commentsAfterCopy;
            commentsAfterCopy = new ArrayList<>();
            significant = 0;
            firstWord = null;
            routineDecided = false;
            tracking = false;
            depth = 0;
            parens = 0;
            pendingEnd = false;
            asPending = false;
            declarationOpen = false;
            declarationsFollowAs = false;
            ifStatement = false;
            innerStatementStart = false;
            listener.statement(s);
        }
    }
}
