package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Fact.DatabaseObject;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fast tier of statement understanding: turns one statement's tokens into the {@link Fact}
 * the rules read. It looks only at what migration safety depends on (names, the clauses that
 * decide locks and rewrites) and skips bodies with depth scans, so it is linear in the tokens and
 * uses no stack proportional to their nesting. It never throws: what it cannot classify is
 * {@link Fact.Unrecognized} with the statement's first words. Immutable and thread-safe.
 */
public final class Recognizer {
    private final Dialect dialect;
    private final Names names;
    private final TableStatements tables;
    private final DataStatements data;
    private final SessionStatements session;
    private final MaintenanceStatements maintenance;
    private final SchemaStatements schema;

    /**
     * @param dialect       decides MySQL-only readings (KEY lines, SET scopes, {@code END})
     * @param defaultSchema the schema of unqualified names ({@code public}, or the configured {@code defaultSchema})
     */
    public Recognizer(Dialect dialect, String defaultSchema) {
        this.dialect = dialect;
        this.names = new Names(defaultSchema);
        Definitions definitions = new Definitions(dialect, names);
        this.tables = new TableStatements(names, definitions, dialect);
        this.data = new DataStatements(names);
        this.session = new SessionStatements(dialect.isMysqlFamily());
        this.maintenance = new MaintenanceStatements(names);
        this.schema = new SchemaStatements(names);
    }

    /** The fact of one statement (tokens without comments and delimiter, though either is tolerated). */
    public Fact recognize(List<Token> tokens) {
        try {
            Token[] significant = SignificantTokens.of(tokens, dialect);
            if (significant.length == 0 && tokens.stream().anyMatch(t -> t.type() == TokenType.TEMPLATE)) {
                return new Fact.Other("TEMPLATE");
            }
            Fact fact = statement(new Cursor(significant, 0, significant.length));
            return fact != null ? fact : new Fact.Unrecognized(firstWords(significant));
        } catch (RuntimeException e) {
            // Input is arbitrary text and this runs on every statement of a repository: a reading
            // this class did not foresee must cost one statement's fact, never the run.
            return new Fact.Unrecognized(firstWords(tokens.toArray(new Token[0])));
        }
    }

    private Fact statement(Cursor c) {
        Token first = c.peek();
        if (first == null) {
            return null;
        }
        switch (first.type()) {
            case META_COMMAND:
                return new Fact.MetaCommand(metaCommand(first.text()));
            case TEMPLATE:
                // Actions that expand to whole statements ({{ addColumnIfNeeded ... }}) may share a
                // statement with the SQL after them, for want of a delimiter.
                if (onlyTemplates(c)) {
                    return new Fact.Other("TEMPLATE");
                }
                while (c.isType(TokenType.TEMPLATE)) {
                    c.pos++;
                }
                return statement(c);
            case LEFT_PAREN:
                return parenthesisedQuery(c);
            case WORD:
                break;
            default:
                return null;
        }
        c.pos++;
        switch (first.upper()) {
            case "SELECT": {
                Fact setConfig = session.setConfig(c);
                return setConfig != null ? setConfig : DataStatements.query();
            }
            case "VALUES":
            case "TABLE":
                return DataStatements.query();
            case "WITH":
            case "INSERT":
            case "UPDATE":
            case "DELETE":
            case "MERGE":
            case "REPLACE":
            case "COPY":
                c.pos--;
                return data.read(c);
            case "CREATE":
                return create(c);
            case "ALTER":
                return alter(c);
            case "DROP":
                return drop(c);
            case "TRUNCATE":
                c.accept("table");
                return tables.truncate(c);
            case "RENAME":
                if (c.accept("table") || c.accept("tables")) {
                    return tables.renameTables(c);
                }
                return c.isAny("user") ? new Fact.Other("RENAME USER") : null;
            case "SET":
                return session.set(c);
            case "RESET":
                return session.reset(c);
            case "BEGIN":
                return session.begin(c);
            case "START":
                return c.accept("transaction") ? new Fact.Transaction(Fact.TransactionKind.BEGIN) : null;
            case "COMMIT":
                return session.commit(c, false);
            case "END":
                return session.commit(c, true);
            case "ROLLBACK":
            case "ABORT":
                return session.rollback(c);
            case "SAVEPOINT":
                return new Fact.Transaction(Fact.TransactionKind.SAVEPOINT);
            case "RELEASE":
                return new Fact.Transaction(Fact.TransactionKind.RELEASE_SAVEPOINT);
            case "PREPARE":
                return SessionStatements.prepare(c);
            case "REINDEX":
                return maintenance.reindex(c);
            case "VACUUM":
                return maintenance.vacuum(c);
            case "CLUSTER":
                return maintenance.cluster(c);
            case "REPACK":
                return maintenance.repack(c);
            case "REFRESH":
                return maintenance.refresh(c);
            case "COMMENT":
                return c.accept("on") ? schema.comment(c) : null;
            case "LOCK":
                return dialect.isMysqlFamily() ? new Fact.Other("LOCK TABLE") : schema.lockTable(c);
            case "DISCARD":
                return c.is("all") ? new Fact.NonTransactional("DISCARD ALL") : new Fact.Other("DISCARD");
            default:
                String command = OTHER_COMMANDS.get(first.upper());
                return command == null ? null : new Fact.Other(command);
        }
    }

    /** Statements that are understood and carry no hazard the rules model, by first word. */
    private static final Map<String, String> OTHER_COMMANDS = Map.ofEntries(
            Map.entry("GRANT", "GRANT"), Map.entry("REVOKE", "REVOKE"), Map.entry("DO", "DO"),
            Map.entry("CALL", "CALL"), Map.entry("ANALYZE", "ANALYZE"), Map.entry("ANALYSE", "ANALYZE"),
            Map.entry("UNLOCK", "UNLOCK TABLES"), Map.entry("PRAGMA", "PRAGMA"),
            Map.entry("USE", "USE"), Map.entry("EXECUTE", "EXECUTE"), Map.entry("EXEC", "EXECUTE"),
            Map.entry("DEALLOCATE", "DEALLOCATE"), Map.entry("SHOW", "SHOW"), Map.entry("SECURITY", "SECURITY LABEL"),
            Map.entry("EXPLAIN", "EXPLAIN"), Map.entry("CHECKPOINT", "CHECKPOINT"), Map.entry("LISTEN", "LISTEN"),
            Map.entry("NOTIFY", "NOTIFY"), Map.entry("UNLISTEN", "UNLISTEN"), Map.entry("LOAD", "LOAD"),
            Map.entry("DECLARE", "DECLARE"), Map.entry("FETCH", "FETCH"), Map.entry("MOVE", "MOVE"),
            Map.entry("CLOSE", "CLOSE"), Map.entry("IMPORT", "IMPORT FOREIGN SCHEMA"),
            Map.entry("REASSIGN", "REASSIGN OWNED"), Map.entry("FLUSH", "FLUSH"), Map.entry("OPTIMIZE", "OPTIMIZE"),
            Map.entry("REPAIR", "REPAIR"), Map.entry("CHECKSUM", "CHECKSUM"), Map.entry("KILL", "KILL"),
            Map.entry("INSTALL", "INSTALL"), Map.entry("UNINSTALL", "UNINSTALL"), Map.entry("HANDLER", "HANDLER"),
            Map.entry("DESCRIBE", "DESCRIBE"), Map.entry("DESC", "DESCRIBE"), Map.entry("ATTACH", "ATTACH"),
            Map.entry("DETACH", "DETACH"));

    /** Modifiers between CREATE (or ALTER) and the object kind that the facts do not record. */
    private static final Set<String> IGNORED_MODIFIERS = Set.of("recursive", "trusted", "procedural", "constraint",
            "online", "offline", "nonclustered", "clustered", "force", "noforce", "editionable", "noneditionable",
            "ignore", "secure");

    /** Object kinds of CREATE/ALTER/DROP reported as {@code Other}, each with the second words that may follow it. */
    private static final Map<String, Set<String>> OTHER_OBJECTS = Map.ofEntries(
            Map.entry("function", Set.of()), Map.entry("procedure", Set.of()), Map.entry("trigger", Set.of()),
            Map.entry("sequence", Set.of()), Map.entry("extension", Set.of()), Map.entry("type", Set.of("body")),
            Map.entry("domain", Set.of()), Map.entry("view", Set.of()), Map.entry("policy", Set.of()),
            Map.entry("rule", Set.of()), Map.entry("role", Set.of()), Map.entry("user", Set.of("mapping")),
            Map.entry("group", Set.of()), Map.entry("aggregate", Set.of()),
            Map.entry("operator", Set.of("class", "family")), Map.entry("cast", Set.of()),
            Map.entry("collation", Set.of()), Map.entry("conversion", Set.of()), Map.entry("server", Set.of()),
            Map.entry("publication", Set.of()), Map.entry("statistics", Set.of()), Map.entry("language", Set.of()),
            Map.entry("transform", Set.of()), Map.entry("event", Set.of("trigger")), Map.entry("synonym", Set.of()),
            Map.entry("package", Set.of("body")), Map.entry("routine", Set.of()), Map.entry("index", Set.of()),
            Map.entry("materialized", Set.of("view")), Map.entry("foreign", Set.of("table", "data")),
            Map.entry("text", Set.of("search")), Map.entry("access", Set.of("method")),
            Map.entry("default", Set.of("privileges")), Map.entry("large", Set.of("object")),
            Map.entry("database", Set.of()), Map.entry("schema", Set.of()), Map.entry("tablespace", Set.of()),
            Map.entry("subscription", Set.of()), Map.entry("owned", Set.of()), Map.entry("table", Set.of()),
            Map.entry("logfile", Set.of("group")), Map.entry("resource", Set.of("group")),
            Map.entry("directory", Set.of()), Map.entry("context", Set.of()), Map.entry("profile", Set.of()),
            Map.entry("login", Set.of()), Map.entry("instance", Set.of()), Map.entry("spatial", Set.of("reference")),
            Map.entry("tag", Set.of()), Map.entry("alias", Set.of()), Map.entry("property", Set.of("graph")));

    /** The object kind's command words at the cursor ("FUNCTION", "TEXT SEARCH"), consumed; null when unknown. */
    private static String objectKind(Cursor c) {
        Token t = c.peek();
        if (t == null || t.type() != TokenType.WORD) {
            return null;
        }
        Set<String> second = OTHER_OBJECTS.get(t.text().toLowerCase(Locale.ROOT));
        if (second == null) {
            return null;
        }
        c.pos++;
        Token s = c.peek();
        if (s != null && s.type() == TokenType.WORD && second.contains(s.text().toLowerCase(Locale.ROOT))) {
            c.pos++;
            return t.upper() + " " + s.upper();
        }
        return t.upper();
    }

    private Fact create(Cursor c) {
        boolean orReplace = c.accept("or", "replace");
        boolean temporary = false;
        boolean unlogged = false;
        boolean unique = false;
        String indexKind = null;
        while (!c.atEnd()) {
            if (c.isAny("temp", "temporary", "global", "local")) {
                temporary = true;
                c.pos++;
            } else if (c.accept("unlogged")) {
                unlogged = true;
            } else if (c.accept("unique")) {
                unique = true;
            } else if (c.isAny("fulltext", "spatial") && !c.is(1, "reference")) {
                indexKind = c.next().text().toLowerCase(Locale.ROOT);
            } else if (c.is("aggregate") && c.is(1, "function")) {
                c.pos++;
            } else if (!skipModifier(c)) {
                break;
            }
        }
        if (c.accept("table")) {
            return tables.createTable(c, temporary, unlogged);
        }
        if (c.accept("index")) {
            return tables.createIndex(c, unique, indexKind);
        }
        if (c.accept("view")) {
            return schema.createView(c, false, orReplace);
        }
        if (c.accept("materialized", "view")) {
            return schema.createView(c, true, orReplace);
        }
        DatabaseObject object = databaseObject(c);
        if (object != null) {
            return schema.databaseObject(c, true, object);
        }
        return otherObject(c, "CREATE ");
    }

    /**
     * Skips one modifier that sits between CREATE/ALTER and the object kind: {@code OR REPLACE},
     * {@code RECURSIVE}, MySQL's {@code ALGORITHM = x}, {@code DEFINER = user@host},
     * {@code SQL SECURITY x}. False when none is at the cursor.
     */
    private static boolean skipModifier(Cursor c) {
        if (c.accept("or", "replace") || c.accept("or", "alter")) {
            return true;
        }
        if (c.isAny("algorithm")) {
            c.pos++;
            c.acceptSymbol("=");
            c.pos++;
            return true;
        }
        if (c.accept("definer")) {
            c.acceptSymbol("=");
            // user@host arrives as several tokens; the object kind ends it.
            int limit = c.pos + 8;
            c.pos++;
            while (!c.atEnd() && c.pos < limit && !c.is("sql") && !isObjectKind(c.peek())) {
                c.pos++;
            }
            return true;
        }
        if (c.accept("sql", "security")) {
            c.pos++;
            return true;
        }
        Token t = c.peek();
        if (t != null && t.type() == TokenType.WORD && IGNORED_MODIFIERS.contains(t.text().toLowerCase(Locale.ROOT))
                && !(t.is("constraint") && !c.is(1, "trigger"))) {
            c.pos++;
            return true;
        }
        return false;
    }

    private static void skipModifiers(Cursor c) {
        boolean more = true;
        while (more && !c.atEnd()) {
            more = skipModifier(c);
        }
    }

    private static boolean isObjectKind(Token t) {
        return t.type() == TokenType.WORD && OTHER_OBJECTS.containsKey(t.text().toLowerCase(Locale.ROOT));
    }

    private static DatabaseObject databaseObject(Cursor c) {
        if (c.accept("database")) {
            return DatabaseObject.DATABASE;
        }
        if (c.accept("schema")) {
            return DatabaseObject.SCHEMA;
        }
        if (c.accept("tablespace")) {
            return DatabaseObject.TABLESPACE;
        }
        if (c.accept("subscription")) {
            return DatabaseObject.SUBSCRIPTION;
        }
        return null;
    }

    private Fact alter(Cursor c) {
        skipModifiers(c); // ALTER ONLINE TABLE, ALTER IGNORE TABLE, ALTER ALGORITHM=x DEFINER=y VIEW
        if (c.accept("table")) {
            if (c.is("all") && c.is(1, "in")) {
                return new Fact.Other("ALTER TABLE ALL IN TABLESPACE");
            }
            return tables.alterTable(c);
        }
        if (c.accept("type")) {
            return schema.alterType(c);
        }
        if (c.accept("domain")) {
            return schema.alterDomain(c);
        }
        if (c.accept("system")) {
            return new Fact.NonTransactional("ALTER SYSTEM");
        }
        return otherObject(c, "ALTER ");
    }

    private Fact drop(Cursor c) {
        c.accept("temporary");
        if (c.accept("table")) {
            return tables.dropTable(c);
        }
        if (c.accept("index")) {
            return tables.dropIndex(c);
        }
        DatabaseObject object = databaseObject(c);
        if (object != null) {
            return schema.databaseObject(c, false, object);
        }
        return otherObject(c, "DROP ");
    }

    /**
     * CREATE, ALTER or DROP of an object kind the facts do not model, as {@code Other}; for a table's trigger,
     * policy or rule, the table it locks.
     */
    private Fact otherObject(Cursor c, String verb) {
        String kind = objectKind(c);
        if (kind == null) {
            return null;
        }
        if (kind.equals("TRIGGER") || kind.equals("POLICY") || kind.equals("RULE")) {
            return schema.onTable(c, verb + kind);
        }
        return new Fact.Other(verb + kind);
    }

    /** {@code (SELECT ...) UNION ...} and other queries opening with a parenthesis. */
    private static Fact parenthesisedQuery(Cursor c) {
        while (c.isType(TokenType.LEFT_PAREN)) {
            c.pos++;
        }
        return c.isAny("select", "with", "values", "table") ? DataStatements.query() : null;
    }

    private static boolean onlyTemplates(Cursor c) {
        for (int i = c.pos; i < c.end(); i++) {
            if (c.at(i).type() != TokenType.TEMPLATE) {
                return false;
            }
        }
        return true;
    }

    /** A meta-command's text without its backslash ({@code set ON_ERROR_STOP 1}). */
    private static String metaCommand(String text) {
        String s = text.strip();
        return s.startsWith("\\") ? s.substring(1) : s;
    }

    /** The first words of a statement, upper case, for the summary of unrecognized statements. */
    static String firstWords(Token[] tokens) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (Token t : tokens) {
            if (t.isComment() || t.type() == TokenType.DELIMITER) {
                continue;
            }
            if (t.type() != TokenType.WORD) {
                if (words == 0) {
                    String text = t.text();
                    return text.length() > 20 ? text.substring(0, 20) : text;
                }
                break;
            }
            if (words > 0) {
                sb.append(' ');
            }
            sb.append(t.upper());
            if (++words == 2) {
                break;
            }
        }
        return sb.toString();
    }
}
