package dev.migrationlint.rules.mysql;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.TargetVersion;
import dev.migrationlint.rules.mysql.OnlineDdl.Outcome;

import java.util.List;

/**
 * An online ALTER (or CREATE INDEX) on an existing table that does not say so: without
 * {@code ALGORITHM=INSTANT} or {@code ALGORITHM=INPLACE, LOCK=NONE} the server silently falls back to a
 * locking algorithm when it cannot honour them, instead of refusing. Suggests the best algorithm the
 * target server allows; never a LOCK clause with INSTANT, which MySQL refuses.
 */
@RuleInfo(id = "mysql-require-online-ddl",
        summary = "Name ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE on online MySQL/MariaDB ALTERs",
        level = Level.NOTE, category = Category.MYSQL, tags = {"lock", "online-ddl"},
        dialects = {Dialect.MYSQL, Dialect.MARIADB})
public final class MysqlRequireOnlineDdl implements StatementRule {

    @Override
    public void check(StatementContext context) {
        OnlineAlter alter = OnlineAlter.of(context).orElse(null);
        if (alter == null) {
            return;
        }
        Dialect flavour = context.settings().dialect();
        TargetVersion version = context.settings().targetVersion();
        List<OnlineAlter.Verdict> verdicts = alter.verdicts(flavour, version);
        OnlineAlter.Verdict worst = OnlineAlter.worst(verdicts).orElse(null);
        // Blocking ALTERs are mysql-ban-blocking-alter's; with an action the table does not know, no suggestion is safe.
        if (worst == null || !worst.outcome().online() || !alter.fullyKnown(verdicts)) {
            return;
        }
        String server = OnlineDdl.server(flavour, version);
        String what = alter.describe(worst.step());
        String algorithm = alter.algorithm();
        String lock = alter.lock();
        boolean instant = worst.outcome() == Outcome.INSTANT;
        if ("INSTANT".equals(algorithm)) {
            if (flavour == Dialect.MYSQL && lock != null && !lock.equals("DEFAULT")) {
                context.report(what + " names LOCK=" + lock + " with ALGORITHM=INSTANT, which MySQL refuses",
                        "drop the LOCK clause: ALGORITHM=INSTANT takes no lock to choose");
            } else if (!instant) {
                context.report(what + " asks for ALGORITHM=INSTANT, which " + server + " refuses: "
                                + worst.step().operation().description() + " cannot run instantly",
                        "use " + suggestion(Outcome.INPLACE, alter.createIndex()) + ": " + server + " runs it "
                                + MysqlBanBlockingAlter.online(Outcome.INPLACE, alter.createIndex()));
            }
            return;
        }
        boolean inplace = algorithm == null || algorithm.equals("INPLACE") || algorithm.equals("NOCOPY");
        if ("NONE".equals(lock) && inplace || "COPY".equals(algorithm) || "SHARED".equals(lock)
                || "EXCLUSIVE".equals(lock)) {
            return;
        }
        String named = algorithm == null && lock == null ? "names no ALGORITHM"
                : "names " + (algorithm != null ? "ALGORITHM=" + algorithm : "LOCK=" + lock) + " but not LOCK=NONE";
        context.report(what + " " + named + ": should " + server + " not manage it online, it silently locks "
                        + "the table instead of refusing",
                "append " + suggestion(worst.outcome(), alter.createIndex()) + " (" + server + " runs it "
                        + (instant ? "instantly" : "in place while writes go on") + ")");
    }

    private static String suggestion(Outcome outcome, boolean createIndex) {
        if (outcome == Outcome.INSTANT) {
            return createIndex ? "ALGORITHM=INSTANT" : ", ALGORITHM=INSTANT";
        }
        return createIndex ? "ALGORITHM=INPLACE LOCK=NONE" : ", ALGORITHM=INPLACE, LOCK=NONE";
    }
}
