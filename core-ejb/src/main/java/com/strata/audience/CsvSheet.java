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
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            // Plain digits, never 1.0E-4: a spreadsheet reads both, scripts often only the first.
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return SpreadsheetText.csvField(value.toString());
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
