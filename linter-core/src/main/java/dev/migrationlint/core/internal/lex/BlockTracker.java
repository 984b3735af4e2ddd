package dev.migrationlint.core.internal.lex;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.TokenType;

import java.util.Set;

/**
 * Follows the block structure of one statement, so that a {@code ;} inside a procedural body does not end it.
 *
 * <p>Bodies are recognised without a parser: a statement is tracked when it creates a routine ({@code CREATE [OR
 * REPLACE] [DEFINER=...] FUNCTION|PROCEDURE|TRIGGER|EVENT|PACKAGE}), or starts an anonymous block ({@code BEGIN ...}
 * that is no transaction, PL/SQL {@code DECLARE}), or a top-level {@code IF}. Only {@code BEGIN} and {@code CASE} are
 * counted as openers; {@code END IF}, {@code END LOOP}, {@code END WHILE}, {@code END REPEAT} close constructs that
 * were never counted, so an {@code IF(...)} function call cannot unbalance the count.
 */
final class BlockTracker {

    private static final Set<String> ROUTINES = Set.of("FUNCTION", "PROCEDURE", "TRIGGER", "EVENT", "PACKAGE");
    private static final Set<String> NOT_ROUTINES = Set.of("TABLE", "VIEW", "INDEX", "SEQUENCE", "SCHEMA",
            "DATABASE", "TYPE", "DOMAIN", "EXTENSION", "USER", "ROLE", "MATERIALIZED", "POLICY", "RULE", "CAST",
            "COLLATION", "TABLESPACE", "STATISTICS", "SERVER", "PUBLICATION", "SUBSCRIPTION", "AS", "ON");
    private static final Set<String> TRANSACTION_WORDS = Set.of("TRANSACTION", "WORK", "TRAN", "ISOLATION",
            "READ", "NOT", "DEFERRABLE", "DISTRIBUTED");
    private static final Set<String> UNCOUNTED_ENDS = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");
    /** How far into a CREATE statement the routine keyword may appear (after OR REPLACE, DEFINER=..., ...). */
    private static final int ROUTINE_LOOKAHEAD = 12;

    private enum Start { CREATE, BEGIN, DECLARE, IF, OTHER }

    private final Lexer lexer;
    /** BEGIN and DECLARE open anonymous blocks in PL/SQL and T-SQL; in MySQL only inside routines. */
    private final boolean anonymousBlocks;
    /** In PostgreSQL DECLARE declares a cursor. */
    private final boolean declareBlocks;

    private int seen;
    private Start start;
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

    BlockTracker(Lexer lexer, Dialect dialect) {
        this.lexer = lexer;
        this.anonymousBlocks = !dialect.isMysqlFamily();
        this.declareBlocks = anonymousBlocks && dialect != Dialect.POSTGRESQL;
    }

    void reset() {
        seen = 0;
        start = null;
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
    }

    /** True while the statement is a routine or block, whose inner {@code ;} never ends it on their own. */
    boolean tracking() {
        return tracking;
    }

    /** True if a {@code ;} delimiter at this point ends the statement. */
    boolean semicolonEnds() {
        resolveEnd(false);
        return depth == 0;
    }

    /** Records a {@code ;} that stays inside the statement. */
    void innerSemicolon() {
        innerStatementStart = true;
    }

    /** Records the lexer's current token, the next significant token of the statement. */
    void token(TokenType t) {
        boolean closer = resolveEnd(t == TokenType.WORD);
        if (!closer) {
            track(t);
        }
        if (ifStatement) {
            innerStatementStart = t == TokenType.WORD
                    ? lexer.isWord("THEN") || lexer.isWord("ELSE") || lexer.isWord("BEGIN")
                    : t == TokenType.OPERATOR && lexer.isSemicolon();
        }
        seen++;
    }

    /**
     * Settles an END seen just before: it closes a counted BEGIN or CASE unless the current word shows it closes an
     * uncounted construct. Returns true when the current word is part of the closer ({@code END CASE}, {@code END IF}
     * of a counted IF).
     */
    private boolean resolveEnd(boolean word) {
        if (!pendingEnd) {
            return false;
        }
        pendingEnd = false;
        boolean endIf = word && ifStatement && lexer.isWord("IF");
        if (endIf || !(word && isAny(UNCOUNTED_ENDS))) {
            depth = Math.max(0, depth - 1);
            return endIf || (word && lexer.isWord("CASE"));
        }
        return false;
    }

    private void track(TokenType t) {
        if (seen == 0) {
            begin();
            return;
        }
        if (seen == 1) {
            if (start == Start.BEGIN && !(t == TokenType.WORD && isAny(TRANSACTION_WORDS))) {
                tracking = true;
                depth = 1;
            } else if (start == Start.DECLARE && lexer.token().text().startsWith("@")) {
                // T-SQL: DECLARE @x int; is a statement of its own.
                tracking = false;
                depth = 0;
                declarationOpen = false;
            }
        }
        if (start == Start.CREATE && !routineDecided) {
            decideRoutine(t);
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

    private void begin() {
        if (lexer.isWord("CREATE")) {
            start = Start.CREATE;
        } else if (anonymousBlocks && lexer.isWord("BEGIN")) {
            start = Start.BEGIN;
        } else if (lexer.isWord("IF")) {
            // A top-level IF ... THEN ... END IF (MariaDB, SQL Anywhere), or T-SQL IF ... BEGIN ... END.
            start = Start.IF;
            tracking = true;
            ifStatement = true;
        } else if (declareBlocks && lexer.isWord("DECLARE")) {
            start = Start.DECLARE;
            tracking = true;
            depth = 1;
            declarationOpen = true;
        } else {
            start = Start.OTHER;
        }
    }

    private void decideRoutine(TokenType t) {
        if (t == TokenType.LEFT_PAREN || seen > ROUTINE_LOOKAHEAD) {
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

    private void trackWord() {
        if (lexer.isWord("BEGIN")) {
            if (declarationOpen && depth == 1) {
                declarationOpen = false;
            } else {
                depth++;
            }
        } else if (lexer.isWord("CASE")) {
            depth++;
        } else if (lexer.isWord("END")) {
            pendingEnd = true;
        } else if (ifStatement && depth == 0 && parens == 0 && lexer.isWord("THEN")) {
            depth = 1;
        } else if (ifStatement && innerStatementStart && lexer.isWord("IF")) {
            depth++;
        } else if (depth == 0 && parens == 0 && declarationsFollowAs && (lexer.isWord("AS") || lexer.isWord("IS"))) {
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
}
