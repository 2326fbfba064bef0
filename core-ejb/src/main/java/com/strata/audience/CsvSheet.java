package com.strata.audience;

import com.strata.imports.SpreadsheetText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake), CRLF line
 * ends, RFC 4180 quoting, and text neutralised as the import error report does ({@link SpreadsheetText}).
 */
final class CsvSheet implements ExportSheet {

    private final Writer out;

    /** The row at hand: one write per row instead of two per field (each write takes the writer's lock). */
    private final StringBuilder line = new StringBuilder(1 << 10);

    CsvSheet(OutputStream stream) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write('\uFEFF');
    }

    @Override
    public void header(List<String> headings) throws IOException {
        row(List.copyOf(headings));
    }

    @Override
    public void row(List<Object> values) throws IOException {
        line.setLength(0);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values.get(i)));
        }
        out.append(line.append("\r\n"));
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return plain(number);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return SpreadsheetText.csvField(value.toString());
    }

    /**
     * The double in plain digits, never 1.0E-4 (a spreadsheet reads both, scripts often only the first), without
     * trailing zeros: what {@code BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()} writes, done on
     * {@link Double#toString}'s digits without a BigDecimal per number (15 numeric columns a row). NaN and the
     * infinities have no digits and still go through BigDecimal, which refuses them (scoring stores an unknown figure
     * as NULL).
     */
    static String plain(double number) {
        if (!Double.isFinite(number)) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        String text = Double.toString(number);
        int exponent = text.indexOf('E');
        return exponent < 0 ? withoutTrailingZeros(text) : shifted(text, exponent);
    }

    /** "12.50" as "12.5", "100.0" as "100", "-0.0" as "0" (a BigDecimal has no negative zero). */
    private static String withoutTrailingZeros(String text) {
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        String digits = text.substring(0, end);
        return digits.equals("-0") ? "0" : digits;
    }

    /** "1.2345E7" as "12345000", "1.5E-7" as "0.00000015": the mantissa's digits with the point moved. */
    private static String shifted(String text, int exponent) {
        boolean negative = text.charAt(0) == '-';
        int first = negative ? 1 : 0;
        // Double.toString's scientific mantissa is one non-zero digit, a point, then at least one digit.
        StringBuilder digits = new StringBuilder(24).append(text.charAt(first)).append(text, first + 2, exponent);
        while (digits.length() > 1 && digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
        }
        int point = 1 + Integer.parseInt(text, exponent + 1, text.length(), 10);
        StringBuilder plain = new StringBuilder(digits.length() + Math.abs(point) + 3);
        if (negative) {
            plain.append('-');
        }
        if (point <= 0) {
            plain.append("0.").append("0".repeat(-point)).append(digits);
        } else if (point >= digits.length()) {
            plain.append(digits).append("0".repeat(point - digits.length()));
        } else {
            plain.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return plain.toString();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
