package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
        /** Further spans it covers: the SQL a Java call runs, wherever its literals are in the file. */
        final List<Span> alsoCovers = new ArrayList<>();
        final List<String> used = new ArrayList<>();

        Ignore(Span span, List<String> ruleIds, String reason, boolean fileWide) {
            this.span = span;
            this.ruleIds = ruleIds;
            this.reason = reason;
            this.fileWide = fileWide;
        }

        boolean covers(String ruleId, long offset) {
            if (!ruleIds.contains(ruleId)) {
                return false;
            }
            if (fileWide || offset >= coversFrom && offset <= coversTo) {
                return true;
            }
            for (Span s : alsoCovers) {
                if (offset >= s.startOffset() && offset <= s.endOffset()) {
                    return true;
                }
            }
            return false;
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
