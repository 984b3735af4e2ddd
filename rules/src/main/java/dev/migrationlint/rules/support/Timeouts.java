package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Whether a session setting such as {@code lock_timeout} is in force for a statement, from the SETs before it. */
public final class Timeouts {

    /** Zero in any unit, or the default (which is zero for the timeouts): no timeout. */
    private static final Pattern OFF = Pattern.compile("0+(\\.0*)?\\s*(us|ms|s|min|h|d)?|default");

    private Timeouts() {
    }

    /**
     * True when an earlier statement of the migration set {@code setting} to a non-zero value that still
     * applies: a session {@code SET}/{@code set_config(..., false)}, or a {@code SET LOCAL}/{@code
     * set_config(..., true)} in the statement's own transaction. A later zero, {@code DEFAULT} or
     * {@code RESET} turns it off again.
     */
    public static boolean inForce(StatementContext context, String setting) {
        boolean session = false;
        Map<Integer, Boolean> local = new HashMap<>();
        for (Statement s : context.previous()) {
            if (!(s.fact() instanceof Fact.SetSetting set) || !set.name().equals(setting)) {
                continue;
            }
            boolean on = set.value() != null && !OFF.matcher(set.value().strip().toLowerCase(Locale.ROOT)).matches();
            if (!set.local()) {
                session = on;
                local.clear();
            } else if (s.transaction().inTransaction()) {
                local.put(s.transaction().id(), on);
            }
        }
        Statement current = context.statement();
        if (current.transaction().inTransaction() && local.containsKey(current.transaction().id())) {
            return local.get(current.transaction().id());
        }
        return session;
    }
}
