package com.strata.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rejected rows of an import as a CSV file to download: line, column, value, reason. UTF-8 with a byte-order
 * mark so spreadsheets show Chinese text correctly; every value is neutralised against formula injection.
 */
public final class ErrorReportCsv {

    public static final String HEADER = "line,column,value,reason";

    private ErrorReportCsv() {}

    public static String text(List<RowError> errors) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (RowError error : errors) {
            csv.append(error.line())
                    .append(',')
                    .append(SpreadsheetText.csvField(error.column()))
                    .append(',')
                    .append(SpreadsheetText.csvField(error.value()))
                    .append(',')
                    .append(SpreadsheetText.csvField(error.reason()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    public static byte[] bytes(List<RowError> errors) {
        return ("\uFEFF" + text(errors)).getBytes(StandardCharsets.UTF_8);
    }
}
