package dev.migrationlint.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The semantic version of migration-lint, as the build stamped it. */
public final class ToolVersion {

    public static final String VERSION = read();

    private ToolVersion() {
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
