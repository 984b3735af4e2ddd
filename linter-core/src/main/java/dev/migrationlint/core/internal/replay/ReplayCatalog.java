package dev.migrationlint.core.internal.replay;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Catalog;
import dev.migrationlint.core.spi.ColumnDef;
import dev.migrationlint.core.spi.ConstraintDef;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Origin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The schema built by replaying forward statements in order. Tables are immutable records replaced on
 * every change, so a {@link #snapshot()} is cheap and rules always see a consistent state.
 *
 * <p>A snapshot costs O(1), whatever the size of the schema: instead of copying the tables, the catalog
 * remembers, for each snapshot, the value every table (and table charset) had when the snapshot was taken, the first
 * time it changes after it (a chain of "before" maps, newest last). A snapshot reads its own map, then the maps of
 * later snapshots, then the live state. Only the chain from the oldest snapshot still referenced is kept alive, so a
 * history of thousands of migrations replays in linear time and memory.
 */
public final class ReplayCatalog implements Catalog {

    private final Map<ObjectName, Table> tables = new LinkedHashMap<>();
    private final Map<ObjectName, String> charsets = new HashMap<>();
    /** Tables and columns whose current name comes from a rename, with the name before it. */
    private final Map<ObjectName, Renamed<ObjectName>> renamedTables = new HashMap<>();
    private final Map<ColumnKey, Renamed<String>> renamedColumns = new HashMap<>();
    /** Partitioned tables (true); absent for the others. */
    private final Map<ObjectName, Boolean> partitioned = new HashMap<>();
    /** Temporary tables and materialized views by name, with the migration that created them last. */
    private final Map<ObjectName, String> privateRelations = new HashMap<>();
    /** What changed since the newest snapshot was taken; null before the first snapshot. */
    private Changes newest;

    /** The values tables and charsets had when one snapshot was taken, for those changed since then. */
    private static final class Changes {
        final Map<ObjectName, Optional<Table>> tables = new LinkedHashMap<>();
        final Map<ObjectName, Optional<String>> charsets = new HashMap<>();
        final Map<ObjectName, Optional<Renamed<ObjectName>>> renamedTables = new HashMap<>();
        final Map<ColumnKey, Optional<Renamed<String>>> renamedColumns = new HashMap<>();
        final Map<ObjectName, Optional<Boolean>> partitioned = new HashMap<>();
        Changes next;
    }

    private record ColumnKey(ObjectName table, String column) {
    }

    /** A value as a snapshot taken at {@code own} sees it: the first recorded "before" value, else the live one. */
    private static <K, V> Optional<V> asOf(Changes own, Function<Changes, Map<K, Optional<V>>> before,
                                           K key, Map<K, V> live) {
        for (Changes c = own; c != null; c = c.next) {
            Optional<V> value = before.apply(c).get(key);
            if (value != null) {
                return value;
            }
        }
        return Optional.ofNullable(live.get(key));
    }

    /** Sets (or, with null, removes) a value, first recording its old value for the newest snapshot. */
    private <K, V> void set(Map<K, V> live, Function<Changes, Map<K, Optional<V>>> before, K key,
                            V value) {
        if (newest != null && !before.apply(newest).containsKey(key)) {
            before.apply(newest).put(key, Optional.ofNullable(live.get(key)));
        }
        if (value == null) {
            live.remove(key);
        } else {
            live.put(key, value);
        }
    }

    @Override
    public Optional<Table> table(ObjectName name) {
        return Optional.ofNullable(tables.get(name));
    }

    @Override
    public Optional<String> charset(ObjectName table) {
        return Optional.ofNullable(charsets.get(table));
    }

    @Override
    public Collection<Table> tables() {
        return List.copyOf(tables.values());
    }

    @Override
    public Optional<Renamed<ObjectName>> tableRenamed(ObjectName table) {
        return Optional.ofNullable(renamedTables.get(table));
    }

    @Override
    public boolean partitioned(ObjectName table) {
        return partitioned.containsKey(table);
    }

    @Override
    public Optional<Renamed<String>> columnRenamed(ObjectName table, String column) {
        return Optional.ofNullable(renamedColumns.get(new ColumnKey(table, column)));
    }

    /** The current state, unaffected by later changes. */
    public Catalog snapshot() {
        Changes own = new Changes();
        if (newest != null) {
            newest.next = own;
        }
        newest = own;
        return new Catalog() {
            @Override
            public Optional<Table> table(ObjectName name) {
                return asOf(own, c -> c.tables, name, tables);
            }

            @Override
            public Optional<String> charset(ObjectName table) {
                return asOf(own, c -> c.charsets, table, charsets);
            }

            @Override
            public Optional<Renamed<ObjectName>> tableRenamed(ObjectName table) {
                return asOf(own, c -> c.renamedTables, table, renamedTables);
            }

            @Override
            public boolean partitioned(ObjectName table) {
                return asOf(own, c -> c.partitioned, table, partitioned).isPresent();
            }

            @Override
            public Optional<Renamed<String>> columnRenamed(ObjectName table, String column) {
                return asOf(own, c -> c.renamedColumns, new ColumnKey(table, column), renamedColumns);
            }

            @Override
            public Collection<Table> tables() {
                Set<ObjectName> names = new LinkedHashSet<>(tables.keySet());
                for (Changes c = own; c != null; c = c.next) {
                    names.addAll(c.tables.keySet());
                }
                List<Table> result = new ArrayList<>(names.size());
                for (ObjectName name : names) {
                    table(name).ifPresent(result::add);
                }
                return Collections.unmodifiableList(result);
            }
        };
    }

    /** Records a table's value for the newest snapshot before its first change after that snapshot. */
    private void changing(ObjectName name) {
        if (newest != null && !newest.tables.containsKey(name)) {
            newest.tables.put(name, Optional.ofNullable(tables.get(name)));
        }
    }

    private void put(ObjectName name, Table table) {
        changing(name);
        tables.put(name, table);
    }

    private Table remove(ObjectName name) {
        changing(name);
        return tables.remove(name);
    }

    private void putCharset(ObjectName name, String charset) {
        set(charsets, c -> c.charsets, name, charset);
    }

    /** The table's name is now {@code to}: by a rename at {@code origin} from {@code from}, or (null) not. */
    private void tableNamed(ObjectName to, ObjectName from, Origin origin) {
        set(renamedTables, c -> c.renamedTables, to, from == null ? null : new Renamed<>(from, origin));
    }

    private void columnNamed(ObjectName table, String to, String from, Origin origin) {
        set(renamedColumns, c -> c.renamedColumns, new ColumnKey(table, to),
                from == null ? null : new Renamed<>(from, origin));
    }

    /** A column renamed {@code from} to {@code to} (nothing when the names are equal or unknown). */
    private void renameColumnName(ObjectName table, String from, String to, Origin origin) {
        if (from != null && to != null && !from.equals(to) && tables.containsKey(table)) {
            columnNamed(table, from, null, null);
            columnNamed(table, to, from, origin);
        }
    }

    /** Column renames follow their table to its new name; a dropped table (null) takes them along. */
    private void moveColumnRenames(ObjectName from, ObjectName to) {
        if (renamedColumns.isEmpty()) {
            return;
        }
        for (ColumnKey key : List.copyOf(renamedColumns.keySet())) {
            if (key.table().equals(from)) {
                Renamed<String> renamed = renamedColumns.get(key);
                columnNamed(from, key.column(), null, null);
                if (to != null) {
                    set(renamedColumns, c -> c.renamedColumns, new ColumnKey(to, key.column()), renamed);
                }
            }
        }
    }

    @Override
    public boolean privatelyCreatedIn(ObjectName name, String migrationPath) {
        return migrationPath.equals(privateRelations.get(name));
    }

    /** Applies one forward statement's effect. */
    public void apply(Fact fact, Origin origin) {
        if (fact instanceof Fact.CreateTable ct && ct.temporary()) {
            privateRelations.put(ct.table(), origin.path());
        } else if (fact instanceof Fact.CreateView cv && cv.materialized()) {
            privateRelations.put(cv.view(), origin.path());
        } else if (fact instanceof Fact.CreateTable ct) {
            createTable(ct, origin);
        } else if (fact instanceof Fact.CreateIndex ci && ci.table() != null) {
            ObjectName name = new ObjectName(ci.table().schema(), ci.name() == null ? "" : ci.name(), false);
            update(ci.table(), t -> withIndex(t, new Index(name, ci.columns(), ci.unique(), ci.partial(), origin)));
        } else if (fact instanceof Fact.DropIndex di) {
            di.indexes().forEach(index -> dropIndex(index, di.table()));
        } else if (fact instanceof Fact.AlterTable at) {
            at.actions().forEach(action -> alter(at.table(), action, origin));
        } else if (fact instanceof Fact.DropTable dt) {
            dt.tables().forEach(t -> {
                remove(t);
                putCharset(t, null);
                tableNamed(t, null, null);
                moveColumnRenames(t, null);
                set(partitioned, c -> c.partitioned, t, null);
            });
        } else if (fact instanceof Fact.RenameTables rt) {
            rt.renames().forEach(r -> rename(r.from(), r.to(), origin));
        }
    }

    private void createTable(Fact.CreateTable ct, Origin origin) {
        if (ct.temporary() || (ct.ifNotExists() && tables.containsKey(ct.table()))) {
            return;
        }
        Table table = new Table(ct.table(), origin, List.of(), List.of(), List.of());
        for (ColumnDef c : ct.columns()) {
            table = withColumn(table, c, origin);
        }
        for (ConstraintDef c : ct.constraints()) {
            table = withConstraint(table, c, origin);
        }
        put(ct.table(), table);
        putCharset(ct.table(), ct.charset());
        tableNamed(ct.table(), null, null);
        moveColumnRenames(ct.table(), null);
        set(partitioned, c -> c.partitioned, ct.table(), ct.partitioned() ? Boolean.TRUE : null);
    }

    private void alter(ObjectName tableName, AlterAction action, Origin origin) {
        if (action instanceof AlterAction.AddColumn a) {
            update(tableName, t -> withColumn(t, a.column(), origin));
            columnNamed(tableName, a.column().name(), null, null);
        } else if (action instanceof AlterAction.DropColumn d) {
            columnNamed(tableName, d.column(), null, null);
            update(tableName, t -> new Table(t.name(), t.origin(),
                    t.columns().stream().filter(c -> !c.name().equals(d.column())).toList(),
                    t.indexes().stream().filter(i -> !i.columns().contains(d.column())).toList(),
                    t.constraints().stream().filter(c -> !c.columns().contains(d.column())).toList()));
        } else if (action instanceof AlterAction.AlterColumnType a) {
            updateColumn(tableName, a.column(), c -> new Column(c.name(), a.type(), c.notNull(), c.origin(),
                    c.definition()));
        } else if (action instanceof AlterAction.SetNotNull a) {
            updateColumn(tableName, a.column(), c -> new Column(c.name(), c.type(), true, c.origin(), c.definition()));
        } else if (action instanceof AlterAction.DropNotNull a) {
            updateColumn(tableName, a.column(), c -> new Column(c.name(), c.type(), false, c.origin(),
                    c.definition()));
        } else if (action instanceof AlterAction.AddConstraint a) {
            update(tableName, t -> withConstraint(t, a.constraint(), origin));
        } else if (action instanceof AlterAction.ValidateConstraint v) {
            update(tableName, t -> new Table(t.name(), t.origin(), t.columns(), t.indexes(), t.constraints().stream()
                    .map(c -> v.name().equals(c.name()) ? new Constraint(c.name(), c.kind(), c.columns(),
                            c.expression(), c.references(), true, c.origin()) : c).toList()));
        } else if (action instanceof AlterAction.DropConstraint d) {
            // A primary key or unique constraint takes its index with it; the index has the constraint's name.
            boolean indexed = table(tableName).map(t -> t.constraints().stream().anyMatch(c -> d.name().equals(c.name())
                    && (c.kind() == ConstraintDef.Kind.PRIMARY_KEY || c.kind() == ConstraintDef.Kind.UNIQUE)))
                    .orElse(false);
            update(tableName, t -> new Table(t.name(), t.origin(), t.columns(), indexed
                    ? t.indexes().stream().filter(i -> !i.name().name().equals(d.name())).toList() : t.indexes(),
                    t.constraints().stream().filter(c -> !d.name().equals(c.name())).toList()));
        } else if (action instanceof AlterAction.RenameColumn r) {
            update(tableName, t -> renameColumn(t, r.from(), r.to()));
            renameColumnName(tableName, r.from(), r.to(), origin);
        } else if (action instanceof AlterAction.RenameTable r) {
            rename(tableName, r.to().schemaWritten() ? r.to()
                    : new ObjectName(tableName.schema(), r.to().name(), false), origin);
        } else if (action instanceof AlterAction.SetSchema s) {
            rename(tableName, new ObjectName(s.schema(), tableName.name(), true), origin);
        } else if (action instanceof AlterAction.ModifyColumn m) {
            renameColumnName(tableName, m.from(), m.column().name(), origin);
            update(tableName, t -> {
                Table renamed = renameColumn(t, m.from(), m.column().name());
                List<Column> columns = renamed.columns().stream().map(c -> c.name().equals(m.column().name())
                        ? new Column(c.name(), m.column().type(), m.column().notNull() || m.column().primaryKey(),
                        c.origin(), m.column()) : c).toList();
                return new Table(t.name(), t.origin(), columns, renamed.indexes(), renamed.constraints());
            });
        } else if (action instanceof AlterAction.AddIndex i) {
            update(tableName, t -> withIndex(t, new Index(
                    new ObjectName(tableName.schema(), i.name() == null ? "" : i.name(), false), i.columns(),
                    "unique".equals(i.kind()), false, origin)));
        } else if (action instanceof AlterAction.DropIndex i) {
            dropIndex(new ObjectName(tableName.schema(), i.name(), false), tableName);
        } else if (action instanceof AlterAction.TableOption o && tables.containsKey(tableName)) {
            charsetOption(tableName, o);
        }
    }

    /**
     * {@code CONVERT TO CHARACTER SET x} converts every text column; {@code [DEFAULT] CHARACTER SET x} only changes
     * what new columns get, so existing columns without their own set keep the old default.
     */
    private void charsetOption(ObjectName tableName, AlterAction.TableOption o) {
        String old = charsets.get(tableName);
        if (o.name().equals("CONVERT TO CHARACTER SET")) {
            update(tableName, t -> withColumnCharsets(t, c -> c.charset() != null || c.collation() != null,
                    o.value()));
            putCharset(tableName, o.value());
        } else if (o.name().equals("CHARACTER SET") || o.name().equals("COLLATE")) {
            String set = o.name().equals("COLLATE") && o.value().contains("_")
                    ? o.value().substring(0, o.value().indexOf('_')) : o.value();
            if (old != null) {
                update(tableName, t -> withColumnCharsets(t, c -> c.charset() == null && c.collation() == null
                        && c.type() != null && TEXT_TYPES.contains(c.type().name()), old));
            }
            putCharset(tableName, set);
        }
    }

    /** Types that carry a character set. */
    private static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text",
            "mediumtext", "longtext", "enum", "set", "json");

    private static Table withColumnCharsets(Table t, Predicate<ColumnDef> which, String charset) {
        return new Table(t.name(), t.origin(), t.columns().stream().map(c -> c.definition() != null
                && which.test(c.definition()) ? new Column(c.name(), c.type(), c.notNull(), c.origin(),
                withCharset(c.definition(), charset)) : c).toList(), t.indexes(), t.constraints());
    }

    private static ColumnDef withCharset(ColumnDef c, String charset) {
        return new ColumnDef(c.name(), c.type(), c.notNull(), c.defaultValue(), c.generated(), c.primaryKey(),
                c.unique(), c.check(), c.references(), c.autoIncrement(), null, charset, c.position(), c.span());
    }

    private void update(ObjectName name, UnaryOperator<Table> change) {
        Table t = tables.get(name);
        if (t != null) {
            put(name, change.apply(t));
        }
    }

    private void updateColumn(ObjectName table, String column, UnaryOperator<Column> change) {
        update(table, t -> new Table(t.name(), t.origin(),
                t.columns().stream().map(c -> c.name().equals(column) ? change.apply(c) : c).toList(),
                t.indexes(), t.constraints()));
    }

    private void rename(ObjectName from, ObjectName to, Origin origin) {
        if (!from.equals(to)) {
            tableNamed(from, null, null);
            tableNamed(to, from, origin);
            moveColumnRenames(from, to);
            Boolean wasPartitioned = partitioned.get(from);
            set(partitioned, c -> c.partitioned, from, null);
            set(partitioned, c -> c.partitioned, to, wasPartitioned);
        }
        Table t = remove(from);
        String charset = charsets.get(from);
        if (charset != null) {
            putCharset(from, null);
            putCharset(to, charset);
        }
        if (t != null) {
            put(to, new Table(to, t.origin(), t.columns(), t.indexes(), t.constraints()));
        }
    }

    private void dropIndex(ObjectName index, ObjectName onTable) {
        for (Map.Entry<ObjectName, Table> e : tables.entrySet()) {
            Table t = e.getValue();
            if (onTable != null && !onTable.equals(t.name())) {
                continue;
            }
            List<Index> kept = t.indexes().stream().filter(i -> !i.name().equals(index)).toList();
            if (kept.size() != t.indexes().size()) {
                put(e.getKey(), new Table(t.name(), t.origin(), t.columns(), kept, t.constraints()));
                return;
            }
        }
    }

    private static Table renameColumn(Table t, String from, String to) {
        if (from == null || from.equals(to)) {
            return t;
        }
        UnaryOperator<List<String>> names = cols -> cols.stream().map(c -> c.equals(from) ? to : c).toList();
        return new Table(t.name(), t.origin(),
                t.columns().stream().map(c -> c.name().equals(from) ? new Column(to, c.type(), c.notNull(),
                        c.origin(), c.definition()) : c).toList(),
                t.indexes().stream().map(i -> new Index(i.name(), names.apply(i.columns()), i.unique(), i.partial(),
                        i.origin())).toList(),
                t.constraints().stream().map(c -> new Constraint(c.name(), c.kind(), names.apply(c.columns()),
                        c.expression(), c.references(), c.validated(), c.origin())).toList());
    }

    private static Table withColumn(Table t, ColumnDef c, Origin origin) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.removeIf(existing -> existing.name().equals(c.name()));
        columns.add(new Column(c.name(), c.type(), c.notNull() || c.primaryKey(), origin, c));
        Table result = new Table(t.name(), t.origin(), columns, t.indexes(), t.constraints());
        List<String> self = List.of(c.name());
        if (c.primaryKey()) {
            result = withConstraint(result, new ConstraintDef(null, ConstraintDef.Kind.PRIMARY_KEY, self, null, null,
                    null, false), origin);
        }
        if (c.unique()) {
            result = withConstraint(result, new ConstraintDef(null, ConstraintDef.Kind.UNIQUE, self, null, null,
                    null, false), origin);
        }
        if (c.check() != null) {
            result = withConstraint(result, new ConstraintDef(null, ConstraintDef.Kind.CHECK, self, null, c.check(),
                    null, false), origin);
        }
        if (c.references() != null) {
            result = withConstraint(result, new ConstraintDef(null, ConstraintDef.Kind.FOREIGN_KEY, self,
                    c.references(), null, null, false), origin);
        }
        return result;
    }

    private static Table withConstraint(Table t, ConstraintDef c, Origin origin) {
        boolean indexed = c.kind() == ConstraintDef.Kind.PRIMARY_KEY || c.kind() == ConstraintDef.Kind.UNIQUE;
        ObjectName usedIndex = c.usingIndex() == null ? null : new ObjectName(t.name().schema(), c.usingIndex(), false);
        List<String> columns = usedIndex == null ? c.columns() : t.indexes().stream()
                .filter(i -> i.name().equals(usedIndex)).findFirst().map(Index::columns).orElse(c.columns());
        String name = c.name();
        if (name == null && indexed) {
            // PostgreSQL's names: the used index's, table_pkey, or table_cols_key.
            name = usedIndex != null ? usedIndex.name() : c.kind() == ConstraintDef.Kind.PRIMARY_KEY
                    ? t.name().name() + "_pkey" : t.name().name() + "_" + String.join("_", columns) + "_key";
        }
        List<Constraint> constraints = new ArrayList<>(t.constraints());
        constraints.add(new Constraint(name, c.kind(), columns, c.expression(), c.references(), !c.notValid(), origin));
        List<Index> indexes = t.indexes();
        if (indexed) {
            ObjectName indexName = new ObjectName(t.name().schema(), name, false);
            if (usedIndex == null) {
                indexes = new ArrayList<>(indexes);
                indexes.add(new Index(indexName, columns, true, false, origin));
            } else {
                // ADD CONSTRAINT n ... USING INDEX i renames the index to n.
                indexes = indexes.stream().map(i -> i.name().equals(usedIndex)
                        ? new Index(indexName, i.columns(), i.unique(), i.partial(), i.origin()) : i).toList();
            }
        }
        List<Column> tableColumns = c.kind() != ConstraintDef.Kind.PRIMARY_KEY ? t.columns() : t.columns().stream()
                .map(col -> columns.contains(col.name()) ? new Column(col.name(), col.type(), true, col.origin(),
                        col.definition()) : col)
                .toList();
        return new Table(t.name(), t.origin(), tableColumns, indexes, constraints);
    }

    private static Table withIndex(Table t, Index index) {
        List<Index> indexes = new ArrayList<>(t.indexes());
        indexes.add(index);
        return new Table(t.name(), t.origin(), t.columns(), indexes, t.constraints());
    }
}
