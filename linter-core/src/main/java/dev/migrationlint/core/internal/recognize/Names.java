package dev.migrationlint.core.internal.recognize;

import dev.migrationlint.core.spi.ObjectName;
import dev.migrationlint.core.spi.Token;
import dev.migrationlint.core.spi.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Identifier and name resolution as architecture.md "Names" defines it: unquoted identifiers
 * fold to lower case, quoted ones keep their case, and an unqualified or placeholder-qualified
 * name is in the default schema.
 */
final class Names {
    private final String defaultSchema;

    Names(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    String defaultSchema() {
        return defaultSchema;
    }

    /** One part of a dotted name; {@code placeholder} when it is only a Flyway placeholder or template. */
    record Part(String text, boolean placeholder) {
    }

    /** True for tokens that can be (part of) a name: words, quoted identifiers, placeholders. */
    static boolean isNameToken(Token t) {
        if (t == null) {
            return false;
        }
        TokenType type = t.type();
        return type == TokenType.WORD || type == TokenType.QUOTED_IDENTIFIER || type == TokenType.PARAMETER
                || type == TokenType.TEMPLATE;
    }

    private static boolean isPlaceholder(Token t) {
        return t.type() == TokenType.PARAMETER || t.type() == TokenType.TEMPLATE;
    }

    /** The identifier a single token names: folded when unquoted, unquoted and unescaped when quoted. */
    static String identifier(Token t) {
        String s = t.text();
        switch (t.type()) {
            case WORD:
                return s.toLowerCase(Locale.ROOT);
            case QUOTED_IDENTIFIER:
            case STRING:
                return unquote(s);
            default:
                return s;
        }
    }

    /** Removes the surrounding quote characters and undoubles inner ones. */
    static String unquote(String text) {
        String s = text;
        if (s.length() >= 2 && s.charAt(1) == '\'' && "EeNnBbXx".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1); // E'..', N'..', B'..', X'..'
        }
        if (s.length() < 2) {
            return s;
        }
        char q = s.charAt(0);
        if (q == '$') {
            int tagEnd = s.indexOf('$', 1);
            if (tagEnd > 0 && s.length() >= 2 * (tagEnd + 1)) {
                return s.substring(tagEnd + 1, s.length() - tagEnd - 1);
            }
            return s;
        }
        if (q != '"' && q != '`' && q != '\'' && q != '[') {
            return s;
        }
        char close = q == '[' ? ']' : q;
        int last = s.charAt(s.length() - 1) == close ? s.length() - 1 : s.length();
        String inner = s.substring(1, last);
        String doubled = String.valueOf(close) + close;
        return inner.contains(doubled) ? inner.replace(doubled, String.valueOf(close)) : inner;
    }

    /**
     * Reads one name part: a name token, glued to the tokens it touches when a placeholder is
     * involved ({@code ${prefix}users}, {@code {{.prefix}}boards}). Null when no name is here.
     */
    static Part part(Cursor c) {
        Token t = c.peek();
        if (!isNameToken(t)) {
            return null;
        }
        c.pos++;
        boolean placeholder = isPlaceholder(t);
        String text = identifier(t);
        Token prev = t;
        Token next = c.peek();
        StringBuilder glued = null;
        while (next != null && touches(prev, next) && (isPlaceholder(prev) || isPlaceholder(next))
                && (isNameToken(next) || next.type() == TokenType.NUMBER)) {
            if (glued == null) {
                glued = new StringBuilder(text);
            }
            glued.append(identifier(next));
            placeholder &= isPlaceholder(next);
            c.pos++;
            prev = next;
            next = c.peek();
        }
        return new Part(glued == null ? text : glued.toString(), placeholder);
    }

    private static boolean touches(Token a, Token b) {
        return a.offset() + a.text().length() == b.offset();
    }

    /** Reads a dotted name ({@code a}, {@code s.a}, {@code db.s.a}); empty when no name is here. */
    static List<Part> parts(Cursor c) {
        List<Part> parts = new ArrayList<>(2);
        Part p = part(c);
        if (p == null) {
            return parts;
        }
        parts.add(p);
        while (c.isType(TokenType.DOT) && isNameToken(c.peek(1))) {
            c.pos++;
            parts.add(part(c));
        }
        return parts;
    }

    /** Reads a table-like name; null when none is here. */
    ObjectName objectName(Cursor c) {
        return resolve(parts(c), defaultSchema, false);
    }

    /**
     * Resolves parts to a name. Three-part names use their last two parts; a placeholder schema
     * counts as unqualified. Unqualified names go to {@code schema} ({@code schemaWritten} as given).
     */
    static ObjectName resolve(List<Part> parts, String schema, boolean schemaWritten) {
        if (parts.isEmpty()) {
            return null;
        }
        String name = parts.get(parts.size() - 1).text();
        if (parts.size() == 1) {
            return new ObjectName(schema, name, schemaWritten);
        }
        Part schemaPart = parts.get(parts.size() - 2);
        if (schemaPart.placeholder()) {
            return new ObjectName(schema, name, false);
        }
        return new ObjectName(schemaPart.text(), name, true);
    }

    /** Reads a dotted name and returns its last part (columns, constraints, indexes); null when none. */
    static String simpleName(Cursor c) {
        List<Part> parts = parts(c);
        return parts.isEmpty() ? null : parts.get(parts.size() - 1).text();
    }

    /** Reads a comma-separated list of names. */
    List<ObjectName> objectNames(Cursor c) {
        List<ObjectName> names = new ArrayList<>();
        do {
            ObjectName n = objectName(c);
            if (n == null) {
                break;
            }
            names.add(n);
            c.acceptSymbol("*");
        } while (c.acceptType(TokenType.COMMA));
        return names;
    }
}
