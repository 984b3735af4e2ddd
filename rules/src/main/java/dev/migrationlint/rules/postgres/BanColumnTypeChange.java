package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;
import dev.migrationlint.core.spi.TypeRef;
import dev.migrationlint.rules.support.AlterTables;
import dev.migrationlint.rules.support.Defaults;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code ALTER COLUMN ... TYPE} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock, except
 * for the few changes PostgreSQL makes without touching rows (binary-compatible widenings).
 */
@RuleInfo(id = "ban-column-type-change",
        summary = "Do not change a column's type in a way that rewrites the table",
        level = Level.ERROR, category = Category.LOCKING, tags = {"lock", "rewrite", "column"},
        dialects = Dialect.POSTGRESQL)
public final class BanColumnTypeChange implements StatementRule {

    private static final String HELP = "add a new column of the new type, write both from the application (or a "
            + "trigger), backfill in batches, then switch reads and drop the old column";

    private static final String EFFECT = " rewrites the whole table and rebuilds its indexes while holding an "
            + "ACCESS EXCLUSIVE lock: reads and writes wait until it is done";

    /** Types whose precision modifier PostgreSQL can widen (or drop) without touching rows. */
    private static final Set<String> WIDENABLE_PRECISION = Set.of("timestamp", "timestamptz", "time", "timetz");

    /** Types some other type changes into without touching rows (besides precision widening). */
    private static final Set<String> WIDENABLE = Set.of("varchar", "text", "varbit", "numeric", "citext");

    /** Zones PostgreSQL sees at offset 0 without daylight saving (measured: no rewrite of timestamp -> timestamptz). */
    private static final Set<String> UTC_ZONES = Set.of("utc", "etc/utc", "gmt", "etc/gmt", "uct", "etc/uct",
            "universal", "etc/universal", "zulu", "etc/zulu", "0");

    @Override
    public void check(StatementContext context) {
        AlterTables.onExistingTable(context).ifPresent(alter -> {
            Optional<Catalog.Table> table = context.catalog().table(alter.table());
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AlterColumnType change) {
                    check(context, alter, table, change);
                }
            }
        });
    }

    private static void check(StatementContext context, Fact.AlterTable alter, Optional<Catalog.Table> table,
                              AlterAction.AlterColumnType change) {
        String subject = "ALTER COLUMN " + alter.table().display(change.column()) + " TYPE " + change.type().raw();
        if (change.using() != null && !keepsValue(change.using().text(), change.column(), change.type())) {
            context.report(change.span(), subject + " USING " + Defaults.shown(change.using()) + EFFECT
                    + " (a USING expression other than the bare column recomputes every row)", HELP);
            return;
        }
        Optional<TypeRef> old = table.flatMap(t -> t.column(change.column())).map(Catalog.Column::type);
        if (old.isEmpty()) {
            context.report(change.span(), subject + EFFECT + " unless the column already has a type that PostgreSQL "
                    + "changes to this without touching rows (" + (widenable(change.type())
                    ? "such as a shorter length or precision" : "only the same type") + "); migration-lint does not "
                    + "know its current type (the column is not in the replayed migrations)", HELP);
            return;
        }
        TypeRef from = old.get();
        TypeRef to = change.type();
        String changed = subject + " (from " + from.raw() + ")";
        List<String> indexes = table.map(t -> indexesOn(t, change.column())).orElse(List.of());
        if (timeZoneChange(from, to)) {
            boolean pg12 = context.settings().targetVersion().atLeast(12);
            if (pg12 && utcSession(context)) {
                // No rewrite, but PostgreSQL still rebuilds the indexes on the column (measured on 15).
                reportIndexRebuild(context, change, changed, alter, indexes, "");
                return;
            }
            context.report(change.span(), changed + EFFECT + (pg12
                    ? " (on PostgreSQL 12+ there is no rewrite when the session TimeZone is UTC: SET timezone = "
                    + "'UTC' first)"
                    : " (before PostgreSQL 12 whatever the session TimeZone; target is "
                    + context.settings().targetVersion() + ")"), HELP);
            return;
        }
        if (!keepsRows(from, to)) {
            context.report(change.span(), changed + EFFECT, HELP);
        } else if (change.collation() != null) {
            reportIndexRebuild(context, change, subject + " COLLATE " + ObjectName.quote(change.collation()), alter,
                    indexes, ", unless " + ObjectName.quote(change.collation()) + " already is the column's collation");
        } else if (!base(from.name()).equals(base(to.name())) && (from.is("citext") || to.is("citext"))) {
            reportIndexRebuild(context, change, changed, alter, indexes, "");
        }
    }

    /** Reports a change that rewrites no row but rebuilds the indexes on the column, when there are any. */
    private static void reportIndexRebuild(StatementContext context, AlterAction.AlterColumnType change,
                                           String subject, Fact.AlterTable alter, List<String> indexes, String unless) {
        if (!indexes.isEmpty()) {
            context.report(change.span(), subject + " rewrites no row but rebuilds the index"
                    + (indexes.size() == 1 ? " " : "es ") + String.join(", ", indexes) + " of "
                    + alter.table().display() + " while holding an ACCESS EXCLUSIVE lock" + unless, HELP);
        }
    }

    private static List<String> indexesOn(Catalog.Table table, String column) {
        return table.indexes().stream().filter(i -> i.columns().stream().anyMatch(c -> mentions(c, column)))
                .map(i -> ObjectName.quote(i.name().name())).toList();
    }

    /** True when some other type can be changed to {@code type} without touching rows. */
    private static boolean widenable(TypeRef type) {
        return !type.array() && (WIDENABLE.contains(type.name()) || WIDENABLE_PRECISION.contains(type.name()));
    }

    /** True when PostgreSQL changes {@code from} into {@code to} without touching rows. */
    private static boolean keepsRows(TypeRef from, TypeRef to) {
        if (from.array() != to.array()) {
            return false;
        }
        String a = base(from.name());
        String b = base(to.name());
        List<Integer> m = modifiers(from);
        List<Integer> n = modifiers(to);
        if (a.equals(b) && m.equals(n)) {
            return true;
        }
        if (from.array()) {
            return false; // arrays are converted element by element: measured as a rewrite for any change
        }
        boolean unbounded = n.isEmpty();
        switch (a) {
            case "varchar":
                return b.equals("text") || (b.equals("varchar") && (unbounded || wider(m, n)));
            case "text":
                return (b.equals("varchar") && unbounded) || b.equals("citext");
            case "citext":
                return b.equals("text");
            case "varbit":
                return b.equals("varbit") && (unbounded || wider(m, n));
            case "bit":
                return b.equals("varbit") && unbounded;
            case "numeric":
                return b.equals("numeric") && !m.isEmpty() && (unbounded || (wider(m, n) && scale(n) == scale(m)));
            default:
                return WIDENABLE_PRECISION.contains(a) && a.equals(b) && !m.isEmpty() && (unbounded || wider(m, n));
        }
    }

    private static boolean timeZoneChange(TypeRef from, TypeRef to) {
        String a = from.name();
        String b = to.name();
        return from.array() == to.array() && ((a.equals("timestamp") && b.equals("timestamptz"))
                || (a.equals("timestamptz") && b.equals("timestamp")));
    }

    /** True when an earlier statement of the migration set the session TimeZone to a zone at UTC all year. */
    private static boolean utcSession(StatementContext context) {
        Statement current = context.statement();
        boolean utc = false;
        for (Statement s : context.previous()) {
            if (s.fact() instanceof Fact.SetSetting set && set.name().equals("timezone")) {
                boolean inForce = !set.local() || (s.transaction().id() != 0
                        && s.transaction().id() == current.transaction().id());
                utc = inForce && UTC_ZONES.contains(set.value().toLowerCase(Locale.ROOT));
            }
        }
        return utc;
    }

    /** The modifiers, with the implicit length of {@code char} and {@code bit} (1) written out. */
    private static List<Integer> modifiers(TypeRef type) {
        boolean lengthOne = type.modifiers().isEmpty() && (type.is("char") || type.is("bit"));
        return lengthOne ? List.of(1) : type.modifiers();
    }

    /** True when the first modifier (length or precision) does not shrink. */
    private static boolean wider(List<Integer> from, List<Integer> to) {
        return !from.isEmpty() && !to.isEmpty() && to.get(0) >= from.get(0);
    }

    private static int scale(List<Integer> modifiers) {
        return modifiers.size() > 1 ? modifiers.get(1) : 0;
    }

    /** A serial column is an integer column with a default. */
    private static String base(String name) {
        switch (name) {
            case "serial":
                return "integer";
            case "bigserial":
                return "bigint";
            case "smallserial":
                return "smallint";
            default:
                return name;
        }
    }

    /** {@code USING col}, or {@code USING col::type} with the new type as written: the value is kept as it is. */
    private static boolean keepsValue(String using, String column, TypeRef type) {
        String u = normalize(using);
        for (String name : List.of(column, "\"" + column.replace("\"", "\"\"") + "\"")) {
            String c = normalize(name);
            if (u.equals(c) || u.equals(c + "::" + normalize(type.raw()))
                    || u.equals("cast(" + c + "as" + normalize(type.raw()) + ")")) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String text) {
        String t = text.replaceAll("\\s+", "");
        while (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.toLowerCase(Locale.ROOT);
    }

    private static boolean mentions(String indexColumn, String column) {
        return indexColumn.equals(column) || indexColumn.toLowerCase(Locale.ROOT)
                .matches("(?s).*\\b" + Pattern.quote(column.toLowerCase(Locale.ROOT)) + "\\b.*");
    }
}
