package com.strata.audience;

import com.strata.imports.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX through fastexcel, streamed: rows go to the stream at each {@link #flush()}, and text is written as inline
 * strings, because a shared-strings table would keep every distinct name of a million-row export in memory. Numbers
 * stay numbers and dates dates; text is neutralised as in the CSV, so a copy pasted back into a cell stays text too.
 */
final class XlsxSheet implements ExportSheet {

    private static final String DATE_FORMAT = "yyyy-mm-dd";

    /**
     * Deflate's fastest level: at the default (6) compressing the sheet's XML took more of an export's time than
     * reading and formatting the rows together. Level 1 wrote a test sheet of 50,000 export-like rows in 40 % less
     * time, the file a fifth larger.
     */
    static final int COMPRESSION_LEVEL = 1;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int next;

    XlsxSheet(OutputStream out) {
        workbook = new Workbook(out, "Strata", "1.0");
        workbook.setCompressionLevel(COMPRESSION_LEVEL);
        sheet = workbook.newWorksheet("Audience");
    }

    @Override
    public void header(List<String> headings) throws IOException {
        for (int c = 0; c < headings.size(); c++) {
            sheet.inlineString(next, c, headings.get(c));
            sheet.style(next, c).bold().set();
        }
        next++;
    }

    @Override
    public void row(List<Object> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
                sheet.value(next, c, number);
            } else if (value instanceof LocalDate day) {
                sheet.value(next, c, day);
                sheet.style(next, c).format(DATE_FORMAT).set();
            } else if (value != null) {
                sheet.inlineString(next, c, SpreadsheetText.neutralise(value.toString()));
            }
        }
        next++;
    }

    @Override
    public void flush() throws IOException {
        sheet.flush();
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
