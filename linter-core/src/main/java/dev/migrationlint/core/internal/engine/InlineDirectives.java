package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Statement;
import dev.migrationlint.core.spi.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code -- migration-lint: ...} comments of a file: {@code ignore ids -- reason} (the next
 * statement), {@code ignore-file ids -- reason} (the whole file) and the {@code bootstrap} marker.
 */
final class InlineDirectives {

    static final String PREFIX = "migration-lint:";

    /** One ignore comment; {@code coversFrom..coversTo} are the offsets whose findings it suppresses. */
    static final class Ignore {
        final Span span;
        final List<String> ruleIds;
        final String reason;
        final boolean fileWide;
        long coversFrom;
        long coversTo;
        /**
         * Further statements it covers: the SQL a Java call runs, wherever its literals are in the file (a statement's
         * span may stretch from a constant at the top to the call, and two calls may use one constant, so places
         * cannot tell them apart).
         */
        final Set<Statement> alsoCovers = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<String> used = new ArrayList<>();

        Ignore(Span span, List<String> ruleIds, String reason, boolean fileWide) {
            this.span = span;
            this.ruleIds = ruleIds;
            this.reason = reason;
            this.fileWide = fileWide;
        }

        /** {@code statement} is the statement the finding was reported on, or null. */
        boolean covers(String ruleId, long offset, Statement statement) {
            if (!ruleIds.contains(ruleId)) {
                return false;
            }
            return fileWide || offset >= coversFrom && offset <= coversTo
                    || statement != null && alsoCovers.contains(statement);
        }
    }

    private InlineDirectives() {
    }

    /** True when the comment marks the file as bootstrap data. */
    static boolean isBootstrapMarker(Token comment) {
        String body = ScriptModel.commentBody(comment);
        return body.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && body.substring(PREFIX.length()).strip().toLowerCase(Locale.ROOT).startsWith("bootstrap");
    }

    /** Parses an ignore comment, or returns null when the comment is none. */
    static Ignore parseIgnore(Token comment) {
        String body = ScriptModel.commentBody(comment);
        if (!body.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String rest = body.substring(PREFIX.length()).strip();
        boolean fileWide;
        if (rest.toLowerCase(Locale.ROOT).startsWith("ignore-file")) {
            fileWide = true;
            rest = rest.substring("ignore-file".length());
        } else if (rest.toLowerCase(Locale.ROOT).startsWith("ignore")) {
            fileWide = false;
            rest = rest.substring("ignore".length());
        } else {
            return null;
        }
        String reason = null;
        int dashes = rest.indexOf("--");
        if (dashes >= 0) {
            reason = rest.substring(dashes + 2).strip();
            rest = rest.substring(0, dashes);
            if (reason.isEmpty()) {
                reason = null;
            }
        }
        List<String> ids = Arrays.stream(rest.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return new Ignore(comment.span(), ids, reason, fileWide);
    }
}
