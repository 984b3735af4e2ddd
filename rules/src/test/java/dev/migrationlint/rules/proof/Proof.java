package dev.migrationlint.rules.proof;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim a rule's doc page makes about a real PostgreSQL, read from its machine-readable comment
 * ({@code <!-- proof: lock orders -->}, {@code <!-- proof: lock t: INSERT INTO t (a) VALUES (1) -->},
 * {@code <!-- proof: lock-select v -->}, {@code <!-- proof: rewrite t -->}, {@code <!-- proof: transaction -->},
 * {@code <!-- proof: none -->}).
 *
 * @param kind    what the server must show
 * @param target  the table or view the claim is about (as SQL, quoted or qualified as written); null for
 *                {@code transaction} and {@code none}
 * @param blocker the statement the other connection holds open for {@code lock}/{@code lock-select}; null otherwise
 */
record Proof(Kind kind, String target, String blocker) {

    enum Kind {
        LOCK("lock"), LOCK_SELECT("lock-select"), REWRITE("rewrite"), TRANSACTION("transaction"), NONE("none");

        final String word;

        Kind(String word) {
            this.word = word;
        }

        boolean needsTarget() {
            return this == LOCK || this == LOCK_SELECT || this == REWRITE;
        }
    }

    /** Any comment that starts like a proof comment, well-formed or not. */
    static final Pattern COMMENT = Pattern.compile("(?s)<!--\\s*proof\\b(.*?)-->");

    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern BODY = Pattern.compile(
            "(?s)\\s*:\\s*(lock-select|lock|rewrite|transaction|none)(?![A-Za-z0-9_-])\\s*(" + IDENT + "(?:\\." + IDENT
                    + ")?)?\\s*(?::\\s*(.*?))?\\s*");

    /** Parses the text between {@code proof} and {@code -->}; throws IllegalArgumentException with the reason. */
    static Proof parse(String body) {
        Matcher m = BODY.matcher(body);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed proof comment '<!-- proof" + body + "-->': expected "
                    + "'proof: lock TABLE[: INSERT ...]', 'proof: lock-select VIEW', 'proof: rewrite TABLE', "
                    + "'proof: transaction' or 'proof: none'");
        }
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.word.equals(m.group(1).toLowerCase(Locale.ROOT))) {
                kind = k;
            }
        }
        String target = m.group(2);
        String blocker = m.group(3);
        if (kind.needsTarget() && target == null) {
            throw new IllegalArgumentException("proof: " + kind.word + " needs the name of the "
                    + (kind == Kind.LOCK_SELECT ? "view" : "table") + " it is about");
        }
        if (!kind.needsTarget() && target != null) {
            throw new IllegalArgumentException("proof: " + kind.word + " takes no table name (got '" + target + "')");
        }
        if (blocker != null && kind != Kind.LOCK) {
            throw new IllegalArgumentException("only 'proof: lock TABLE: INSERT ...' takes a blocker statement");
        }
        if (blocker != null && blocker.isBlank()) {
            throw new IllegalArgumentException("proof: lock " + target + ": the blocker statement after ':' is empty");
        }
        if (kind == Kind.LOCK && blocker == null) {
            blocker = "INSERT INTO " + target + " DEFAULT VALUES";
        } else if (kind == Kind.LOCK_SELECT) {
            blocker = "SELECT * FROM " + target;
        }
        return new Proof(kind, target, blocker);
    }

    /** The claim in words, for messages. */
    String claim(boolean bad) {
        switch (kind) {
            case LOCK:
            case LOCK_SELECT:
                return bad ? "claims it waits on a relation lock while another session holds `" + blocker + "` open"
                        : "claims it does not wait on a relation lock while another session holds `" + blocker + "` open";
            case REWRITE:
                return bad ? "claims it rewrites " + target + " (changes its pg_class.relfilenode)"
                        : "claims it does not rewrite " + target + " (keeps its pg_class.relfilenode)";
            case TRANSACTION:
                return bad ? "claims PostgreSQL refuses it inside a transaction block (SQLSTATE 25001)"
                        : "claims it runs without error outside a transaction block";
            default:
                return "makes no server-checkable claim";
        }
    }

    @Override
    public String toString() {
        return "proof: " + kind.word + (target == null ? "" : " " + target)
                + (kind == Kind.LOCK && !blocker.equals("INSERT INTO " + target + " DEFAULT VALUES") ? ": " + blocker : "");
    }
}
