package dev.migrationlint.core.internal.engine;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The second tier: JSqlParser, called only when a rule asks a statement for its AST, and bounded
 * by a time budget so that a pathological statement never hangs the run.
 */
final class AstParser {

    /** Per-statement budget; JSqlParser gives up (and the AST is empty) after it. */
    static final long BUDGET_MILLIS = 2_000;
    /** Longer statements are not handed to JSqlParser at all. */
    static final int MAX_CHARS = 200_000;

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "migration-lint-jsqlparser");
        t.setDaemon(true);
        return t;
    });

    private AstParser() {
    }

    static Optional<Statement> parse(String sql, boolean truncated) {
        if (truncated || sql.length() > MAX_CHARS) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(CCJSqlParserUtil.parse(sql, EXECUTOR, p -> p.withTimeOut(BUDGET_MILLIS)));
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
