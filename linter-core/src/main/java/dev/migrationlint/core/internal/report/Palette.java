package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.spi.Level;

/** ANSI styles of the text report; with colour off every style is the identity. */
record Palette(boolean color) {

    String bold(String text) {
        return paint("1", text);
    }

    String gutter(String text) {
        return paint("1;34", text);
    }

    String help(String text) {
        return paint("1;36", text);
    }

    /** The colour of a level, for its name, its rule id and the caret: red, yellow, cyan as rustc does. */
    String level(Level level, String text) {
        return paint(switch (level) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case NOTE, OFF -> "1;36";
        }, text);
    }

    private String paint(String sgr, String text) {
        return color && !text.isEmpty() ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
    }
}
