package dev.migrationlint.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Package patterns in ArchUnit's syntax, as {@code java.forbiddenPackages} takes them: {@code ..} stands for any
 * number of packages (none included), {@code *} for any part of one package name; {@code ..model..} matches
 * {@code model}, {@code com.acme.model} and {@code com.acme.model.audit}, {@code com.acme.*.api} matches
 * {@code com.acme.orders.api}.
 */
public final class PackagePatterns {

    private final List<String> patterns;
    private final List<Pattern> compiled;

    private PackagePatterns(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.compiled = new ArrayList<>();
        for (String p : patterns) {
            compiled.add(Pattern.compile(toRegex(p)));
        }
    }

    public static PackagePatterns of(List<String> patterns) {
        return new PackagePatterns(patterns);
    }

    /** The first pattern that matches the package, or null. */
    public String match(String packageName) {
        if (packageName == null || packageName.isEmpty()) {
            return null;
        }
        for (int i = 0; i < compiled.size(); i++) {
            if (compiled.get(i).matcher(packageName).matches()) {
                return patterns.get(i);
            }
        }
        return null;
    }

    static String toRegex(String pattern) {
        StringBuilder b = new StringBuilder();
        String p = pattern.strip();
        int i = 0;
        while (i < p.length()) {
            if (p.startsWith("..", i)) {
                boolean atStart = i == 0;
                boolean atEnd = i + 2 == p.length();
                if (atStart && atEnd) {
                    b.append(".*");
                } else if (atStart) {
                    b.append("(?:[\\w$]+\\.)*");
                } else if (atEnd) {
                    b.append("(?:\\.[\\w$]+)*");
                } else {
                    b.append("(?:\\.[\\w$]+)*\\.");
                }
                i += 2;
            } else {
                char c = p.charAt(i);
                if (c == '*') {
                    b.append("[\\w$]*");
                } else if (c == '.') {
                    b.append("\\.");
                } else {
                    b.append(Pattern.quote(String.valueOf(c)));
                }
                i++;
            }
        }
        return b.toString();
    }
}
