package com.strata.audience;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A file an export writes row by row, holding no more than the row at hand (and a buffer) in memory. */
public interface ExportSheet extends Closeable {

    void header(List<String> headings) throws IOException;

    /** One row: Strings, Numbers, LocalDates or nulls; text that a spreadsheet would run is neutralised. */
    void row(List<Object> values) throws IOException;

    /** Hands what is buffered to the stream, e.g. at the end of each page of rows. */
    void flush() throws IOException;

    /** A sheet of the format writing to the stream; closing the sheet finishes the file and closes the stream. */
    static ExportSheet of(ExportFormat format, OutputStream out) throws IOException {
        return format == ExportFormat.CSV ? new CsvSheet(out) : new XlsxSheet(out);
    }
}
