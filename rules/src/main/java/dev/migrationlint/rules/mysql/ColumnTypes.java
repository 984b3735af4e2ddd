package dev.migrationlint.rules.mysql;

import dev.migrationlint.core.spi.TypeRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * MySQL/MariaDB column types as the server stores them, so that a {@code MODIFY} can be told apart into
 * "same type", "VARCHAR widened", "members appended" and "type changed".
 */
final class ColumnTypes {

    private ColumnTypes() {
    }

    /** The server's own name for a type as written ({@code integer -> int}, {@code boolean -> tinyint}). */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("int1", "tinyint"),
            Map.entry("int2", "smallint"), Map.entry("int3", "mediumint"), Map.entry("middleint", "mediumint"),
            Map.entry("int8", "bigint"), Map.entry("boolean", "tinyint"), Map.entry("bool", "tinyint"),
            Map.entry("double precision", "double"), Map.entry("real", "double"), Map.entry("float8", "double"),
            Map.entry("float4", "float"), Map.entry("numeric", "decimal"), Map.entry("dec", "decimal"),
            Map.entry("fixed", "decimal"), Map.entry("character", "char"), Map.entry("nchar", "char"),
            Map.entry("national char", "char"), Map.entry("national character", "char"),
            Map.entry("character varying", "varchar"), Map.entry("nvarchar", "varchar"),
            Map.entry("national varchar", "varchar"), Map.entry("national character varying", "varchar"),
            Map.entry("long varchar", "mediumtext"), Map.entry("long varbinary", "mediumblob"),
            Map.entry("long", "mediumtext"));

    /** Integer types: the number in parentheses is a display width, not part of the stored type. */
    private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "int", "bigint");

    private static final Pattern UNSIGNED = Pattern.compile("(?i)\\b(unsigned|zerofill)\\b");

    /** Bytes per character of the character sets a VARCHAR may use. */
    private static final Map<String, Integer> CHARSET_BYTES = Map.ofEntries(
            Map.entry("utf8mb4", 4), Map.entry("utf8mb3", 3), Map.entry("utf8", 3), Map.entry("utf16", 4),
            Map.entry("utf16le", 4), Map.entry("utf32", 4), Map.entry("ucs2", 2), Map.entry("gb18030", 4),
            Map.entry("big5", 2), Map.entry("gbk", 2), Map.entry("gb2312", 2), Map.entry("sjis", 2),
            Map.entry("cp932", 2), Map.entry("euckr", 2), Map.entry("ujis", 3), Map.entry("eucjpms", 3));

    /** A type as stored: canonical name, modifiers with their defaults, sign, and ENUM/SET members. */
    record Stored(String name, List<Integer> modifiers, boolean unsigned, List<String> members) {
        boolean isVarLength() {
            return name.equals("varchar") || name.equals("varbinary");
        }

        boolean isEnumOrSet() {
            return name.equals("enum") || name.equals("set");
        }
    }

    static Stored stored(TypeRef type) {
        String name = NAMES.getOrDefault(type.name().toLowerCase(Locale.ROOT), type.name().toLowerCase(Locale.ROOT));
        List<Integer> modifiers = type.modifiers();
        if (INTEGERS.contains(name) || name.equals("year")) {
            modifiers = List.of();
        } else if (name.equals("decimal")) {
            modifiers = List.of(modifiers.isEmpty() ? 10 : modifiers.get(0), modifiers.size() < 2 ? 0 : modifiers.get(1));
        } else if (List.of("char", "binary", "bit").contains(name) && modifiers.isEmpty()) {
            modifiers = List.of(1);
        } else if (List.of("datetime", "timestamp", "time").contains(name) && modifiers.isEmpty()) {
            modifiers = List.of(0);
        }
        boolean unsigned = UNSIGNED.matcher(type.raw()).find();
        List<String> members = name.equals("enum") || name.equals("set") ? members(type.raw()) : List.of();
        return new Stored(name, modifiers, unsigned, members);
    }

    /** The quoted members of {@code ENUM('a','b')} in order; '' inside a member is one quote. */
    static List<String> members(String raw) {
        int open = raw.indexOf('(');
        int close = raw.lastIndexOf(')');
        List<String> members = new ArrayList<>();
        if (open < 0 || close < open) {
            return members;
        }
        StringBuilder current = null;
        char quote = 0;
        for (int i = open + 1; i < close; i++) {
            char c = raw.charAt(i);
            if (current == null) {
                if (c == '\'' || c == '"') {
                    quote = c;
                    current = new StringBuilder();
                }
            } else if (c == quote) {
                if (i + 1 < close && raw.charAt(i + 1) == quote) {
                    current.append(c);
                    i++;
                } else {
                    members.add(current.toString());
                    current = null;
                }
            } else if (c == '\\' && i + 1 < close) {
                current.append(raw.charAt(++i));
            } else {
                current.append(c);
            }
        }
        return members;
    }

    /** Bytes per character of a character set (or of a collation, named after its set); 4 when unknown. */
    static int bytesPerChar(String charsetOrCollation) {
        if (charsetOrCollation == null) {
            return 4;
        }
        String name = charsetOrCollation.toLowerCase(Locale.ROOT);
        int underscore = name.indexOf('_');
        String set = underscore < 0 ? name : name.substring(0, underscore);
        if (set.equals("utf8mb4") || name.startsWith("utf8mb4")) {
            return 4;
        }
        if (name.startsWith("utf8mb3")) {
            return 3;
        }
        return CHARSET_BYTES.getOrDefault(set, 1);
    }

    /** The character set a charset or collation name belongs to ({@code utf8mb4_bin -> utf8mb4}, {@code utf8 -> utf8mb3}). */
    static String charsetOf(String charsetOrCollation) {
        String name = charsetOrCollation.toLowerCase(Locale.ROOT);
        if (name.startsWith("utf8mb4")) {
            return "utf8mb4";
        }
        if (name.startsWith("utf8mb3") || name.equals("utf8") || name.startsWith("utf8_")) {
            return "utf8mb3";
        }
        int underscore = name.indexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore);
    }

    /** ENUM: one byte up to 255 members, else two; SET: one byte per eight members, rounded to 1, 2, 3, 4 or 8. */
    static int storageBytes(Stored type) {
        int n = type.members().size();
        if (type.name().equals("enum")) {
            return n <= 255 ? 1 : 2;
        }
        int bytes = (n + 7) / 8;
        return bytes > 4 ? 8 : Math.max(bytes, 1);
    }
}
