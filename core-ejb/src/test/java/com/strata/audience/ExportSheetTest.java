package com.strata.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The export files: CSV with a byte-order mark and quoting, XLSX read back with the library, both neutralising text a
 * spreadsheet would run as a formula exactly as the import error report does, and keeping numbers as numbers.
 */
class ExportSheetTest {

    private static final List<Object> ROW = Arrays.asList(
            "=HYPERLINK(\"http://x\")",
            "华为, 深圳",
            "-12.50",
            "+86 10 1234",
            "@home",
            "\tTab",
            1234.5,
            3,
            LocalDate.of(2026, 6, 30),
            null);

    @Test
    void csvStartsWithAByteOrderMarkQuotesAndNeutralises() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportSheet sheet = ExportSheet.of(ExportFormat.CSV, out)) {
            sheet.header(List.of("Name", "名称"));
            sheet.row(ROW);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFFName,名称\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",\"华为, 深圳\",-12.50,'+86 10 1234,'@home,'\tTab,1234.5,3,"
                        + "2026-06-30,\r\n",
                text);
    }

    @Test
    void xlsxReadsBackWithTextNeutralisedAndNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportSheet sheet = ExportSheet.of(ExportFormat.XLSX, out)) {
            sheet.header(List.of("Name", "名称"));
            sheet.row(ROW);
            sheet.flush();
            sheet.row(List.of("second"));
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("名称", rows.get(0).getCellText(1));
            Row row = rows.get(1);
            assertEquals("'=HYPERLINK(\"http://x\")", row.getCellText(0));
            assertEquals("华为, 深圳", row.getCellText(1));
            assertEquals("-12.50", row.getCellText(2), "a plain number written as text stays as it is");
            assertEquals("'+86 10 1234", row.getCellText(3));
            assertEquals("'@home", row.getCellText(4));
            assertEquals("'\tTab", row.getCellText(5));
            assertEquals(new BigDecimal("1234.5"), row.getCellAsNumber(6).orElseThrow());
            assertEquals(new BigDecimal("3"), row.getCellAsNumber(7).orElseThrow());
            assertEquals(
                    LocalDate.of(2026, 6, 30),
                    row.getCellAsDate(8).orElseThrow().toLocalDate());
            assertEquals("second", rows.get(2).getCellText(0));
        }
    }
}
