package com.strata.imports;

import java.util.regex.Pattern;

/**
 * Text on its way out to a CSV file that people open in a spreadsheet. A value starting with {@code = + - @}, tab or
 * carriage return would run as a formula there ({@code =HYPERLINK(...)}); it gets a leading apostrophe so it shows
 * as the text it is. Plain numbers such as {@code -12.50} stay numbers.
 */
public final class SpreadsheetText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetText() {}

    public static String neutralise(String value) {
        // The first character first: most text starts harmlessly, and matching the pattern on every value of an export
        // was a tenth of the XLSX writer's time.
        if (value == null || value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return PLAIN_NUMBER.matcher(value).matches() ? value : "'" + value;
    }

    /** One CSV field, neutralised and quoted when it needs quotes (RFC 4180). */
    public static String csvField(String value) {
        String safe = neutralise(value);
        if (safe == null) {
            return "";
        }
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
