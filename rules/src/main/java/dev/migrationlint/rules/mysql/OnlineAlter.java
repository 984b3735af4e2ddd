package dev.migrationlint.rules.mysql;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Expression;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.TargetVersion;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.rules.mysql.OnlineDdl.Operation;
import dev.migrationlint.rules.mysql.OnlineDdl.Outcome;
import dev.migrationlint.rules.support.Tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An {@code ALTER TABLE} or {@code CREATE INDEX} on an existing MySQL/MariaDB table, taken apart into the
 * operations the server's online-DDL code tells apart, with the {@code ALGORITHM} and {@code LOCK} it asks for.
 *
 * @param subject   the statement as messages name it: {@code ALTER TABLE "t"} or {@code CREATE INDEX "i" ON "t"}
 * @param steps     one per action; an action the table has no operation for has a null operation
 * @param algorithm {@code ALGORITHM=x} as written, upper case, or null
 * @param lock      {@code LOCK=x} as written, upper case, or null ({@code ALTER ONLINE TABLE} means NONE)
 */
record OnlineAlter(String subject, boolean createIndex, List<Step> steps, String algorithm, String lock) {

    /**
     * One action and what it is.
     *
     * @param action what the message shows ({@code MODIFY COLUMN "a" BIGINT}); empty for CREATE INDEX
     * @param detail why, for the help text ({@code INT to BIGINT}), or null
     */
    record Step(Operation operation, String action, String detail) {
    }

    /** A step with what the target server does with it. */
    record Verdict(Step step, Outcome outcome) {
    }

    private static final Pattern CONSTANT_DEFAULT = Pattern.compile("(?i)\\s*(null|true|false|[-+]?[0-9.]+(e[-+]?[0-9]+)?"
            + "|'([^']|'')*'|\"([^\"]|\"\")*\"|[bx]'[0-9a-f]*'|0x[0-9a-f]+|_[a-z0-9]+\\s*'([^']|'')*'"
            + "|(current_timestamp|now|localtime|localtimestamp)\\s*(\\(\\s*[0-9]?\\s*\\))?)\\s*");

    /** The ALTER or CREATE INDEX of the context's statement, when it changes an existing table. */
    static Optional<OnlineAlter> of(StatementContext context) {
        Fact fact = context.statement().fact();
        if (fact instanceof Fact.AlterTable at && existing(context, at.table())) {
            return Optional.of(alter(context, at));
        }
        if (fact instanceof Fact.CreateIndex ci && ci.table() != null && existing(context, ci.table())) {
            Operation op = switch (ci.kind()) {
                case "fulltext" -> Operation.ADD_FULLTEXT_INDEX;
                case "spatial" -> Operation.ADD_SPATIAL_INDEX;
                default -> Operation.ADD_INDEX;
            };
            String kind = ci.kind().equals("fulltext") || ci.kind().equals("spatial")
                    ? ci.kind().toUpperCase(Locale.ROOT) + " " : ci.unique() ? "UNIQUE " : "";
            String subject = "CREATE " + kind + "INDEX" + (ci.name() == null ? "" : " " + ObjectName.quote(ci.name()))
                    + " ON " + ci.table().display();
            return Optional.of(new OnlineAlter(subject, true, List.of(new Step(op, "", null)), upper(ci.algorithm()),
                    upper(ci.lock())));
        }
        return Optional.empty();
    }

    /** What the target server does with each step whose operation it has a fact for. */
    List<Verdict> verdicts(Dialect flavour, TargetVersion version) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Step s : steps) {
            if (s.operation() != null) {
                OnlineDdl.outcome(s.operation(), flavour, version).ifPresent(o -> verdicts.add(new Verdict(s, o)));
            }
        }
        return verdicts;
    }

    /** The most blocking verdict (the first of equals), or empty when no step is known. */
    static Optional<Verdict> worst(List<Verdict> verdicts) {
        Verdict worst = null;
        for (Verdict v : verdicts) {
            if (worst == null || v.outcome().compareTo(worst.outcome()) > 0) {
                worst = v;
            }
        }
        return Optional.ofNullable(worst);
    }

    /** True when every step has a known outcome on the target. */
    boolean fullyKnown(List<Verdict> verdicts) {
        return !steps.isEmpty() && verdicts.size() == steps.size();
    }

    /** The statement with the given step's action: {@code ALTER TABLE "t" MODIFY COLUMN "a" BIGINT}. */
    String describe(Step step) {
        return step.action().isEmpty() ? subject : subject + " " + step.action();
    }

    /** Not created earlier in this file; MySQL names match without regard to case, as on most servers. */
    private static boolean existing(StatementContext context, ObjectName name) {
        return Tables.existing(context, name) && table(context.catalog(), name)
                .map(t -> !t.origin().path().equals(context.migration().path())).orElse(true);
    }

    /** The table by its exact name, else by a name that differs only in case. */
    private static Optional<Catalog.Table> table(Catalog catalog, ObjectName name) {
        Optional<Catalog.Table> exact = catalog.table(name);
        if (exact.isPresent()) {
            return exact;
        }
        return catalog.tables().stream().filter(t -> t.name().schema().equalsIgnoreCase(name.schema())
                && t.name().name().equalsIgnoreCase(name.name())).findFirst();
    }

    /** A column by name; MySQL column names never depend on case. */
    private static Optional<Catalog.Column> column(Catalog.Table table, String name) {
        if (table == null) {
            return Optional.empty();
        }
        return table.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    private static boolean sameName(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    // ---- ALTER TABLE ----

    private static OnlineAlter alter(StatementContext context, Fact.AlterTable at) {
        Catalog.Table table = table(context.catalog(), at.table()).orElse(null);
        boolean mysql = context.settings().dialect() == Dialect.MYSQL;
        boolean checksOff = ForeignKeyChecks.offBefore(context);
        boolean dropsPrimaryKey = at.actions().stream()
                .anyMatch(a -> a instanceof AlterAction.DropIndex d && d.name().equalsIgnoreCase("PRIMARY"));
        boolean addsPrimaryKey = at.actions().stream().anyMatch(a -> a instanceof AlterAction.AddConstraint c
                && c.constraint().kind() == ConstraintDef.Kind.PRIMARY_KEY
                || a instanceof AlterAction.AddColumn c2 && c2.column().primaryKey());
        String algorithm = null;
        String lock = online(context.statement()) ? "NONE" : null;
        List<Step> steps = new ArrayList<>();
        for (AlterAction action : at.actions()) {
            if (action instanceof AlterAction.TableOption o && o.name().equals("ALGORITHM")) {
                algorithm = upper(o.value());
            } else if (action instanceof AlterAction.TableOption o && o.name().equals("LOCK")) {
                lock = upper(o.value());
            } else if (action instanceof AlterAction.AddColumn a) {
                addColumn(a.column(), mysql, checksOff, steps);
            } else if (action instanceof AlterAction.DropColumn d) {
                dropColumn(table, d.column(), steps);
            } else if (action instanceof AlterAction.ModifyColumn m) {
                modifyColumn(context, table, m, mysql, checksOff, steps);
            } else if (action instanceof AlterAction.RenameColumn r) {
                steps.add(new Step(Operation.RENAME_COLUMN, "RENAME COLUMN " + q(r.from()) + " TO " + q(r.to()), null));
            } else if (action instanceof AlterAction.SetDefault s) {
                steps.add(new Step(Operation.COLUMN_METADATA, "ALTER COLUMN " + q(s.column()) + " SET DEFAULT", null));
            } else if (action instanceof AlterAction.DropDefault s) {
                steps.add(new Step(Operation.COLUMN_METADATA, "ALTER COLUMN " + q(s.column()) + " DROP DEFAULT", null));
            } else if (action instanceof AlterAction.AddConstraint c) {
                addConstraint(c.constraint(), checksOff, dropsPrimaryKey, steps);
            } else if (action instanceof AlterAction.AddIndex i) {
                steps.add(addIndex(i));
            } else if (action instanceof AlterAction.DropIndex d) {
                if (d.name().equalsIgnoreCase("PRIMARY")) {
                    steps.add(new Step(addsPrimaryKey ? Operation.REPLACE_PRIMARY_KEY : Operation.DROP_PRIMARY_KEY,
                            "DROP PRIMARY KEY", null));
                } else {
                    steps.add(new Step(Operation.DROP_INDEX, "DROP INDEX " + q(d.name()), null));
                }
            } else if (action instanceof AlterAction.DropConstraint d) {
                steps.add(new Step(Operation.DROP_CONSTRAINT, dropConstraint(context.statement(), d), null));
            } else if (action instanceof AlterAction.TableOption o) {
                steps.add(tableOption(o));
            } else if (action instanceof AlterAction.OtherAction o) {
                steps.add(other(o.text()));
            } else if (!(action instanceof AlterAction.RenameTable)) {
                // PostgreSQL forms MySQL does not have: nothing the table knows.
                steps.add(new Step(null, "", null));
            }
        }
        return new OnlineAlter("ALTER TABLE " + at.table().display(), false, steps, algorithm, lock);
    }

    /** MariaDB's {@code ALTER ONLINE TABLE} is {@code LOCK=NONE}. */
    private static boolean online(Statement statement) {
        List<Token> t = statement.tokens();
        return t.size() > 1 && t.get(1).is("online");
    }

    private static void addColumn(ColumnDef c, boolean mysql, boolean checksOff, List<Step> steps) {
        String action = "ADD COLUMN " + q(c.name()) + (c.type() == null ? "" : " " + c.type().raw());
        Operation op;
        String detail = null;
        if (c.autoIncrement()) {
            op = Operation.ADD_AUTO_INCREMENT_COLUMN;
        } else if (c.generated() == ColumnDef.Generated.STORED) {
            op = Operation.ADD_STORED_COLUMN;
        } else if (c.generated() == ColumnDef.Generated.VIRTUAL) {
            op = Operation.ADD_VIRTUAL_COLUMN;
        } else if (c.defaultValue() != null && !constant(c.defaultValue())) {
            op = Operation.ADD_COLUMN_EXPRESSION_DEFAULT;
            detail = "DEFAULT " + c.defaultValue().text();
        } else if (c.position() != null) {
            op = Operation.ADD_COLUMN_POSITIONED;
        } else {
            op = Operation.ADD_COLUMN;
        }
        steps.add(new Step(op, action, detail));
        inlineConstraints(c, action, mysql, checksOff, steps);
    }

    /** PRIMARY KEY, UNIQUE, REFERENCES and CHECK written on a column of ADD COLUMN or MODIFY. */
    private static void inlineConstraints(ColumnDef c, String action, boolean mysql, boolean checksOff,
                                          List<Step> steps) {
        if (c.primaryKey()) {
            steps.add(new Step(Operation.ADD_PRIMARY_KEY, action + " PRIMARY KEY", null));
        }
        if (c.unique()) {
            steps.add(new Step(Operation.ADD_INDEX, action + " UNIQUE", null));
        }
        // MySQL parses an inline REFERENCES and ignores it; MariaDB creates the foreign key.
        if (c.references() != null && !mysql) {
            steps.add(new Step(checksOff ? Operation.ADD_FOREIGN_KEY_UNCHECKED : Operation.ADD_FOREIGN_KEY,
                    action + " REFERENCES " + c.references().table().display(), null));
        }
        // MariaDB adds a column-level CHECK without reading the rows (measured); MySQL 8.0.16+ validates it.
        if (c.check() != null && mysql) {
            steps.add(new Step(Operation.ADD_CHECK, action + " CHECK (" + c.check().text() + ")", null));
        }
    }

    /** {@code DROP FOREIGN KEY "fk"}, {@code DROP CHECK "ck"} or {@code DROP CONSTRAINT "c"}, as written. */
    private static String dropConstraint(Statement statement, AlterAction.DropConstraint d) {
        String kind = "CONSTRAINT";
        for (Token t : statement.tokens()) {
            if (t.offset() > d.span().startOffset() && t.offset() < d.span().endOffset()) {
                kind = t.is("foreign") ? "FOREIGN KEY" : t.is("check") ? "CHECK" : kind;
                break;
            }
        }
        return "DROP " + kind + " " + q(d.name());
    }

    /** A literal, NULL or CURRENT_TIMESTAMP-like default: the server fills existing rows without evaluating anything per row. */
    static boolean constant(Expression value) {
        String text = value.text().trim();
        while (text.startsWith("(") && text.endsWith(")") && CONSTANT_DEFAULT.matcher(text.substring(1, text.length() - 1))
                .matches()) {
            text = text.substring(1, text.length() - 1);
        }
        return CONSTANT_DEFAULT.matcher(text).matches();
    }

    private static void dropColumn(Catalog.Table table, String column, List<Step> steps) {
        String action = "DROP COLUMN " + q(column);
        ColumnDef def = column(table, column).map(Catalog.Column::definition).orElse(null);
        Operation op = Operation.DROP_COLUMN;
        if (def != null && def.generated() == ColumnDef.Generated.STORED) {
            op = Operation.DROP_STORED_COLUMN;
        } else if (def != null && def.generated() == ColumnDef.Generated.VIRTUAL) {
            op = Operation.DROP_VIRTUAL_COLUMN;
        }
        steps.add(new Step(op, action, null));
        if (table != null && table.indexes().stream().anyMatch(i -> i.columns().stream()
                .anyMatch(c -> sameName(c, column)))) {
            // The column's indexes go with it, and dropping an index is never instant.
            steps.add(new Step(Operation.DROP_INDEX, action, "its index goes with it"));
        }
    }

    private static void modifyColumn(StatementContext context, Catalog.Table table, AlterAction.ModifyColumn m,
                                     boolean mysql, boolean checksOff, List<Step> steps) {
        ColumnDef now = m.column();
        String action = (m.change() ? "CHANGE COLUMN " + q(m.from()) + " " + q(now.name()) : "MODIFY COLUMN "
                + q(now.name())) + (now.type() == null ? "" : " " + now.type().raw());
        Catalog.Column old = column(table, m.from()).orElse(null);
        int before = steps.size();
        if (old == null || now.type() == null) {
            steps.add(new Step(Operation.CHANGE_TYPE, action,
                    "the column's current type is not known from the migrations"));
        } else {
            ColumnDef was = old.definition();
            if (now.generated() == ColumnDef.Generated.STORED
                    || was != null && was.generated() == ColumnDef.Generated.STORED) {
                steps.add(new Step(Operation.CHANGE_STORED_COLUMN, action, null));
            } else if (now.generated() == ColumnDef.Generated.VIRTUAL) {
                steps.add(new Step(Operation.CHANGE_VIRTUAL_COLUMN, action, null));
            } else {
                String tableSet = context.catalog().charset(table.name()).orElse(null);
                typeChange(old, charset(was, tableSet), charset(now, tableSet), now, action, steps);
                if (now.autoIncrement() && (was == null || !was.autoIncrement())) {
                    steps.add(new Step(Operation.MAKE_AUTO_INCREMENT, action, null));
                }
            }
            boolean inPrimaryKey = inPrimaryKey(table, m.from());
            boolean notNull = now.notNull() || now.primaryKey() || inPrimaryKey;
            if (notNull && !old.notNull()) {
                steps.add(new Step(Operation.SET_NOT_NULL, action, null));
            } else if (!notNull && old.notNull()) {
                steps.add(new Step(Operation.DROP_NOT_NULL, action, null));
            }
        }
        if (now.position() != null) {
            steps.add(new Step(Operation.REORDER_COLUMN, action + " " + now.position(), null));
        }
        if (m.change() && !sameName(m.from(), now.name())) {
            steps.add(new Step(Operation.RENAME_COLUMN, action, null));
        }
        if (steps.size() == before) {
            steps.add(new Step(Operation.COLUMN_METADATA, action, null));
        }
        ColumnDef inline = inPrimaryKey(table, m.from()) ? withoutPrimaryKey(now) : now;
        inlineConstraints(inline, action, mysql, checksOff, steps);
    }

    private static boolean inPrimaryKey(Catalog.Table table, String column) {
        return table != null && table.constraints().stream().anyMatch(k -> k.kind() == ConstraintDef.Kind.PRIMARY_KEY
                && k.columns().stream().anyMatch(c -> sameName(c, column)));
    }

    private static ColumnDef withoutPrimaryKey(ColumnDef c) {
        return new ColumnDef(c.name(), c.type(), c.notNull(), c.defaultValue(), c.generated(), false, c.unique(),
                c.check(), c.references(), c.autoIncrement(), c.collation(), c.charset(), c.position(), c.span());
    }

    /** Adds the step for a type change of a known column, or nothing when the stored type stays the same. */
    private static void typeChange(Catalog.Column old, String oldSet, String newSet, ColumnDef now, String action,
                                   List<Step> steps) {
        if (oldSet != null && newSet != null && !ColumnTypes.charsetOf(oldSet).equals(ColumnTypes.charsetOf(newSet))) {
            steps.add(new Step(Operation.CHANGE_CHARSET, action, ColumnTypes.charsetOf(oldSet) + " to "
                    + ColumnTypes.charsetOf(newSet)));
            return;
        }
        ColumnTypes.Stored from = ColumnTypes.stored(old.type());
        ColumnTypes.Stored to = ColumnTypes.stored(now.type());
        if (from.equals(to)) {
            return;
        }
        String change = old.type().raw() + " to " + now.type().raw();
        if (from.isVarLength() && from.name().equals(to.name()) && from.modifiers().size() == 1
                && to.modifiers().size() == 1 && to.modifiers().get(0) >= from.modifiers().get(0)) {
            int perChar = from.name().equals("varbinary") ? 1 : ColumnTypes.bytesPerChar(newSet);
            int oldBytes = from.modifiers().get(0) * perChar;
            int newBytes = to.modifiers().get(0) * perChar;
            Operation op;
            if (newBytes <= 255 || oldBytes > 255) {
                op = Operation.WIDEN_VARCHAR;
            } else if (oldBytes <= 127) {
                op = Operation.WIDEN_SHORT_VARCHAR_PAST_255_BYTES;
            } else {
                op = Operation.WIDEN_VARCHAR_PAST_255_BYTES;
            }
            String bytes = oldBytes + " to " + newBytes + " bytes" + (newSet != null || from.name().equals("varbinary")
                    ? "" : " in utf8mb4");
            steps.add(new Step(op, action, change + ": " + bytes + (oldBytes <= 255 && newBytes > 255
                    ? ", a second length byte" : "")));
            return;
        }
        if (from.isEnumOrSet() && from.name().equals(to.name()) && from.unsigned() == to.unsigned()
                && to.members().size() > from.members().size()
                && to.members().subList(0, from.members().size()).equals(from.members())
                && ColumnTypes.storageBytes(from) == ColumnTypes.storageBytes(to)) {
            steps.add(new Step(Operation.EXTEND_ENUM, action, null));
            return;
        }
        if (from.name().equals("decimal") && to.name().equals("decimal")) {
            steps.add(new Step(Operation.CHANGE_DECIMAL, action, change));
            return;
        }
        steps.add(new Step(Operation.CHANGE_TYPE, action, change));
    }

    /** A column's set as written ({@code CHARACTER SET} or {@code COLLATE}), else its table's default, else null. */
    private static String charset(ColumnDef c, String tableSet) {
        if (c != null && c.charset() != null) {
            return c.charset();
        }
        if (c != null && c.collation() != null) {
            return c.collation();
        }
        return tableSet;
    }

    private static void addConstraint(ConstraintDef c, boolean checksOff, boolean dropsPrimaryKey,
                                      List<Step> steps) {
        String name = c.name() == null ? "" : " " + q(c.name());
        String columns = c.columns().isEmpty() ? "" : " (" + c.columns().stream().map(OnlineAlter::q)
                .collect(Collectors.joining(", ")) + ")";
        switch (c.kind()) {
            case PRIMARY_KEY -> {
                if (dropsPrimaryKey) {
                    steps.add(new Step(Operation.REPLACE_PRIMARY_KEY, "ADD PRIMARY KEY" + columns, null));
                } else {
                    steps.add(new Step(Operation.ADD_PRIMARY_KEY, "ADD PRIMARY KEY" + columns, null));
                }
            }
            case UNIQUE -> steps.add(new Step(Operation.ADD_INDEX, "ADD UNIQUE" + name + columns, null));
            case FOREIGN_KEY -> steps.add(new Step(checksOff ? Operation.ADD_FOREIGN_KEY_UNCHECKED
                    : Operation.ADD_FOREIGN_KEY, "ADD FOREIGN KEY" + name + columns, null));
            case CHECK -> steps.add(new Step(Operation.ADD_CHECK, "ADD CHECK" + name, null));
            default -> steps.add(new Step(null, "", null));
        }
    }

    private static Step addIndex(AlterAction.AddIndex i) {
        String name = i.name() != null ? " " + q(i.name()) : " (" + i.columns().stream().map(OnlineAlter::q)
                .collect(Collectors.joining(", ")) + ")";
        return switch (i.kind()) {
            case "fulltext" -> new Step(Operation.ADD_FULLTEXT_INDEX, "ADD FULLTEXT INDEX" + name, null);
            case "spatial" -> new Step(Operation.ADD_SPATIAL_INDEX, "ADD SPATIAL INDEX" + name, null);
            case "unique" -> new Step(Operation.ADD_INDEX, "ADD UNIQUE INDEX" + name, null);
            default -> new Step(Operation.ADD_INDEX, "ADD INDEX" + name, null);
        };
    }

    private static Step tableOption(AlterAction.TableOption o) {
        String name = o.name();
        String action = name + (name.contains(" ") ? " " : "=") + o.value();
        Operation op = switch (name) {
            case "ENGINE" -> o.value().equalsIgnoreCase("innodb") ? Operation.REBUILD : null;
            case "ROW_FORMAT", "KEY_BLOCK_SIZE" -> Operation.REBUILD;
            case "CONVERT TO CHARACTER SET" -> Operation.CONVERT_CHARSET;
            case "CHARACTER SET", "COLLATE" -> Operation.TABLE_CHARSET;
            case "AUTO_INCREMENT", "COMMENT", "STATS_PERSISTENT", "STATS_AUTO_RECALC", "STATS_SAMPLE_PAGES" ->
                    Operation.TABLE_METADATA;
            default -> null;
        };
        return new Step(op, action, null);
    }

    /** Actions the recognizer keeps as text: {@code FORCE}, {@code RENAME INDEX|KEY a TO b}. */
    private static Step other(String text) {
        String[] words = text.trim().split("\\s+");
        String first = words[0].toUpperCase(Locale.ROOT);
        if (first.equals("FORCE") && words.length == 1) {
            return new Step(Operation.REBUILD, "FORCE", null);
        }
        if (first.equals("RENAME") && words.length == 5
                && (words[1].equalsIgnoreCase("index") || words[1].equalsIgnoreCase("key"))) {
            return new Step(Operation.RENAME_INDEX, "RENAME INDEX", null);
        }
        return new Step(null, "", null);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String q(String identifier) {
        return ObjectName.quote(identifier);
    }
}
