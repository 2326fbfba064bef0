package com.strata.system;

import java.util.Locale;

/**
 * Control characters that text columns must not hold: C0 controls and DEL, except tab, line feed and carriage return,
 * which multi-line notes use. PostgreSQL refuses NUL in text outright; the others would hide in names and notes. Imports
 * and the REST API refuse them alike, naming where they are.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** The position of the first such character, or -1. */
    public static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The text with each such character replaced by its Unicode control picture (NUL as U+2400), so it can be shown. */
    public static String visible(String text) {
        if (text == null || firstIn(text) < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            shown.append(isControl(c) ? picture(c) : c);
        }
        return shown.toString();
    }

    /** What is wrong with a text that holds one, e.g. {@code holds the control character U+0000 at character 3}. */
    public static String problem(String text, int position) {
        char c = text.charAt(position);
        return String.format(
                Locale.ROOT,
                "holds the control character U+%04X at character %d (shown as %s); remove it",
                (int) c,
                position + 1,
                picture(c));
    }

    private static char picture(char c) {
        return c == 0x7F ? (char) 0x2421 : (char) (0x2400 + c);
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
