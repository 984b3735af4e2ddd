package dev.migrationlint.rules.support;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.TargetVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PostgreSQL table-level locks a statement takes, after the PostgreSQL 15 manual ("ALTER TABLE",
 * "Explicit Locking") and measured on a PostgreSQL 15 server with {@code pg_locks}. Only locks on
 * relations that other sessions use are listed: the table a {@code CREATE TABLE} creates is left out,
 * and an index's own lock is folded into its table's. Statements the model does not know take no lock
 * here ({@code CREATE TRIGGER} and {@code LOCK TABLE} carry no table in their fact).
 *
 * <p>Use {@link #taken(StatementContext)} for a statement, {@link #of(AlterAction, TargetVersion)} for
 * one {@code ALTER TABLE} action.
 */
public final class Locks {

    // Sub-command shapes the recognizer keeps as text, compiled once: the lock model runs for every ALTER.
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SET_STATISTICS = Pattern.compile("alter (column )?\\S+ set statistics .*");
    private static final Pattern SET_COLUMN_OPTIONS = Pattern.compile("alter (column )?\\S+ (set|reset) ?\\(.*");
    private static final Pattern SET_STORAGE_PARAMETERS = Pattern.compile("(set|reset) ?\\(.*");
    private static final Pattern TRIGGER_SWITCH = Pattern.compile("(enable|disable)( replica| always)? trigger.*");

    private Locks() {
    }

    /** PostgreSQL's table lock modes, weakest first. */
    public enum Mode {
        ACCESS_SHARE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
        ACCESS_EXCLUSIVE;

        /** The mode as SQL and the manual write it: {@code ACCESS EXCLUSIVE}. */
        public String sql() {
            return name().replace('_', ' ');
        }

        /** True when the mode conflicts with {@code ROW EXCLUSIVE}, the lock every INSERT, UPDATE and DELETE takes. */
        public boolean blocksWrites() {
            return conflictsWith(ROW_EXCLUSIVE);
        }

        /** True when the mode conflicts with {@code ACCESS SHARE}, the lock every SELECT takes. */
        public boolean blocksReads() {
            return this == ACCESS_EXCLUSIVE;
        }

        /** PostgreSQL's conflict table ("Conflicting Lock Modes"). */
        public boolean conflictsWith(Mode other) {
            return CONFLICTS[ordinal()][other.ordinal()];
        }

        /** What waits while this lock is held or queued, for messages. */
        public String blocks() {
            if (blocksReads()) {
                return "reads and writes";
            }
            return blocksWrites() ? "writes" : "other schema changes and VACUUM";
        }

        private static final boolean[][] CONFLICTS = conflicts();

        private static boolean[][] conflicts() {
            // Rows and columns in declaration order; 1 = the two modes conflict.
            String[] table = {
                "00000001",
                "00000011",
                "00001111",
                "00011111",
                "00110111",
                "00111111",
                "01111111",
                "11111111"};
            boolean[][] result = new boolean[8][8];
            for (int i = 0; i < 8; i++) {
                for (int j = 0; j < 8; j++) {
                    result[i][j] = table[i].charAt(j) == '1';
                }
            }
            return result;
        }
    }

    /**
     * One lock.
     *
     * @param table   the table (or materialized view) locked; when {@code viaIndex}, the name of an index whose
     *                table the catalog does not know
     * @param mode    the lock mode
     * @param viaIndex true when only the index is known, not its table
     */
    public record Lock(ObjectName table, Mode mode, boolean viaIndex) {

        /** {@code "users"}, or {@code the table of index "users_email_idx"} when only the index is known. */
        public String target() {
            return viaIndex ? "the table of index " + table.display() : table.display();
        }
    }

    /** The locks of the context's statement, with its catalog and target version. */
    public static List<Lock> taken(StatementContext context) {
        return taken(context.statement().fact(), context.catalog(), context.settings().targetVersion());
    }

    /** The locks a statement with this fact takes; {@code catalog} resolves indexes to tables and finds foreign keys. */
    public static List<Lock> taken(Fact fact, Catalog catalog, TargetVersion version) {
        List<Lock> locks = new ArrayList<>();
        if (fact instanceof Fact.CreateTable ct) {
            if (ct.partitionOf() != null) {
                add(locks, ct.partitionOf(), Mode.ACCESS_EXCLUSIVE);
            }
            for (ColumnDef c : ct.columns()) {
                if (c.references() != null) {
                    add(locks, c.references().table(), Mode.SHARE_ROW_EXCLUSIVE);
                }
            }
            for (ConstraintDef c : ct.constraints()) {
                if (c.kind() == ConstraintDef.Kind.FOREIGN_KEY && c.references() != null) {
                    add(locks, c.references().table(), Mode.SHARE_ROW_EXCLUSIVE);
                }
            }
            locks.removeIf(l -> l.table().equals(ct.table()));
        } else if (fact instanceof Fact.CreateIndex ci) {
            add(locks, ci.table(), ci.concurrently() ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.SHARE);
        } else if (fact instanceof Fact.DropIndex di) {
            Mode mode = di.concurrently() ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.ACCESS_EXCLUSIVE;
            for (ObjectName index : di.indexes()) {
                addIndexTable(locks, catalog, index, di.table(), mode);
            }
        } else if (fact instanceof Fact.AlterTable at) {
            for (AlterAction action : at.actions()) {
                add(locks, at.table(), of(action, version));
                for (ObjectName other : otherTables(at.table(), action, catalog)) {
                    add(locks, other, otherMode(action));
                }
            }
        } else if (fact instanceof Fact.DropTable dt) {
            for (ObjectName t : dt.tables()) {
                add(locks, t, Mode.ACCESS_EXCLUSIVE);
                // Dropping the table drops its foreign keys' triggers on the referenced tables.
                catalog.table(t).ifPresent(table -> table.constraints().stream()
                        .filter(c -> c.references() != null)
                        .forEach(c -> add(locks, c.references().table(), Mode.ACCESS_EXCLUSIVE)));
            }
        } else if (fact instanceof Fact.Truncate tr) {
            tr.tables().forEach(t -> add(locks, t, Mode.ACCESS_EXCLUSIVE));
        } else if (fact instanceof Fact.Dml dml) {
            if (dml.changesData() && dml.table() != null) {
                add(locks, dml.table(), Mode.ROW_EXCLUSIVE);
            }
        } else if (fact instanceof Fact.Reindex r) {
            Mode mode = r.concurrently() ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.SHARE;
            if (r.target() == Fact.ReindexTarget.TABLE) {
                add(locks, r.name(), mode);
            } else if (r.target() == Fact.ReindexTarget.INDEX && r.name() != null) {
                addIndexTable(locks, catalog, r.name(), null, mode);
            }
        } else if (fact instanceof Fact.Vacuum v) {
            v.tables().forEach(t -> add(locks, t, v.full() ? Mode.ACCESS_EXCLUSIVE : Mode.SHARE_UPDATE_EXCLUSIVE));
        } else if (fact instanceof Fact.Cluster c) {
            add(locks, c.table(), Mode.ACCESS_EXCLUSIVE);
        } else if (fact instanceof Fact.RefreshMaterializedView r) {
            add(locks, r.view(), r.concurrently() ? Mode.EXCLUSIVE : Mode.ACCESS_EXCLUSIVE);
        } else if (fact instanceof Fact.Comment c) {
            add(locks, c.table(), Mode.SHARE_UPDATE_EXCLUSIVE);
        } else if (fact instanceof Fact.TableLock tl) {
            Mode mode = tableLockMode(tl);
            tl.tables().forEach(t -> add(locks, t, mode));
        }
        return merge(locks);
    }

    /**
     * CREATE TRIGGER takes SHARE ROW EXCLUSIVE; ALTER and DROP TRIGGER and every POLICY and RULE command take ACCESS
     * EXCLUSIVE (checked against pg_locks on PostgreSQL 15); LOCK TABLE takes the mode it names, ACCESS EXCLUSIVE
     * when it names none.
     */
    private static Mode tableLockMode(Fact.TableLock tl) {
        if (tl.mode() != null) {
            try {
                return Mode.valueOf(tl.mode().replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                return Mode.ACCESS_EXCLUSIVE;
            }
        }
        return tl.command().equals("CREATE TRIGGER") ? Mode.SHARE_ROW_EXCLUSIVE : Mode.ACCESS_EXCLUSIVE;
    }

    /** The strongest lock of the list, if any. */
    public static Optional<Lock> strongest(List<Lock> locks) {
        Lock best = null;
        for (Lock l : locks) {
            if (best == null || l.mode().compareTo(best.mode()) > 0) {
                best = l;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The lock one {@code ALTER TABLE} action takes on the altered table (for attach and detach: the parent). */
    public static Mode of(AlterAction action, TargetVersion version) {
        if (action instanceof AlterAction.AddConstraint ac
                && ac.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY) {
            return Mode.SHARE_ROW_EXCLUSIVE;
        }
        if (action instanceof AlterAction.ValidateConstraint) {
            return Mode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof AlterAction.AttachPartition) {
            // PostgreSQL 12 lowered ATTACH PARTITION's lock on the parent (PostgreSQL 12 release notes).
            return version.atLeast(12) ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.ACCESS_EXCLUSIVE;
        }
        if (action instanceof AlterAction.DetachPartition d) {
            return d.concurrently() || d.finalizeDetach() ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.ACCESS_EXCLUSIVE;
        }
        if (action instanceof AlterAction.OtherAction o) {
            return otherAction(o.text());
        }
        return Mode.ACCESS_EXCLUSIVE;
    }

    /** Sub-commands the recognizer keeps as text; everything not listed takes ACCESS EXCLUSIVE. */
    private static Mode otherAction(String text) {
        String t = WHITE_SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (SET_STATISTICS.matcher(t).matches()
                || SET_COLUMN_OPTIONS.matcher(t).matches()
                || t.startsWith("cluster on ") || t.equals("set without cluster")) {
            return Mode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (SET_STORAGE_PARAMETERS.matcher(t).matches()) {
            return t.contains("user_catalog_table") ? Mode.ACCESS_EXCLUSIVE : Mode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (TRIGGER_SWITCH.matcher(t).matches()) {
            return Mode.SHARE_ROW_EXCLUSIVE;
        }
        return Mode.ACCESS_EXCLUSIVE;
    }

    /** Tables besides the altered one that an action locks: the referenced table of a foreign key, the partition. */
    private static List<ObjectName> otherTables(ObjectName table, AlterAction action, Catalog catalog) {
        if (action instanceof AlterAction.AddConstraint ac && ac.constraint().references() != null) {
            return List.of(ac.constraint().references().table());
        }
        if (action instanceof AlterAction.AddColumn a && a.column().references() != null) {
            return List.of(a.column().references().table());
        }
        if (action instanceof AlterAction.AttachPartition p) {
            return List.of(p.partition());
        }
        if (action instanceof AlterAction.DetachPartition p) {
            return List.of(p.partition());
        }
        if (action instanceof AlterAction.DropConstraint d) {
            return catalog.table(table).stream().flatMap(t -> t.constraints().stream())
                    .filter(c -> d.name().equals(c.name()) && c.references() != null)
                    .map(c -> c.references().table()).toList();
        }
        return List.of();
    }

    private static Mode otherMode(AlterAction action) {
        if (action instanceof AlterAction.AddConstraint || action instanceof AlterAction.AddColumn) {
            return Mode.SHARE_ROW_EXCLUSIVE;
        }
        return Mode.ACCESS_EXCLUSIVE;
    }

    private static void addIndexTable(List<Lock> locks, Catalog catalog, ObjectName index, ObjectName written,
                                      Mode mode) {
        if (written != null) {
            add(locks, written, mode);
            return;
        }
        for (Catalog.Table t : catalog.tables()) {
            for (Catalog.Index i : t.indexes()) {
                if (i.name().equals(index)) {
                    add(locks, t.name(), mode);
                    return;
                }
            }
        }
        locks.add(new Lock(index, mode, true));
    }

    private static void add(List<Lock> locks, ObjectName table, Mode mode) {
        if (table != null) {
            locks.add(new Lock(table, mode, false));
        }
    }

    /** One lock per relation, the strongest, in first-mention order. */
    private static List<Lock> merge(List<Lock> locks) {
        List<Lock> result = new ArrayList<>();
        for (Lock l : locks) {
            int at = -1;
            for (int i = 0; i < result.size(); i++) {
                if (result.get(i).table().equals(l.table()) && result.get(i).viaIndex() == l.viaIndex()) {
                    at = i;
                }
            }
            if (at < 0) {
                result.add(l);
            } else if (l.mode().compareTo(result.get(at).mode()) > 0) {
                result.set(at, l);
            }
        }
        return List.copyOf(result);
    }
}
