package com.strata.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
    void csvNumbersAreThePlainDigitsBigDecimalWrote() {
        double[] edges = {
            0,
            -0.0,
            1,
            -1,
            3,
            100,
            -100,
            0.5,
            1234.5,
            -12.5,
            0.001,
            0.00099,
            1e-4,
            -1e-4,
            1e-7,
            1.5e-7,
            1e7,
            9_999_999,
            12_345_678.9,
            1e21,
            -1e21,
            1.0E22,
            123_456_789_012.34,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.MIN_NORMAL,
            0.1 + 0.2,
            1.0 / 3,
            2.0 / 3 * 1e-9
        };
        for (double number : edges) {
            assertEquals(bigDecimalPlain(number), CsvSheet.field(number), () -> "for " + number);
        }
        assertEquals("0.0000001", CsvSheet.field(1e-7));
        assertEquals("1000000000000000000000", CsvSheet.field(1e21));
        assertEquals("0", CsvSheet.field(-0.0));
        Random random = new Random(14);
        for (int i = 0; i < 200_000; i++) {
            double number = i % 2 == 0
                    ? Double.longBitsToDouble(random.nextLong())
                    : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            if (Double.isFinite(number)) {
                assertEquals(bigDecimalPlain(number), CsvSheet.field(number), () -> "for " + number);
            }
        }
    }

    @Test
    void csvRefusesNaNAndInfinityAsBefore() {
        // Scoring stores an unknown figure as NULL, so neither reaches an export; if one did, the export would fail.
        for (double number : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThrows(NumberFormatException.class, () -> bigDecimalPlain(number));
            assertThrows(NumberFormatException.class, () -> CsvSheet.field(number));
        }
    }

    /** How the CSV wrote a double before: the reference, slower than {@link CsvSheet#plain}. */
    private static String bigDecimalPlain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
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
