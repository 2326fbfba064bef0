package com.strata.imports;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An import file opened for reading: UTF-8 with or without a byte-order mark, the header checked against the kind's
 * columns, then the data rows one by one, each key's repeats flagged. Bytes that are not UTF-8 become U+FFFD so the
 * row holding them can be rejected on its own.
 *
 * <p>{@link #problems()} lists what is wrong with the file as a whole (empty, a header only, missing or unknown
 * columns); when it is not empty no rows are given.
 */
public final class ImportSource implements Closeable {

    private final ImportKind kind;
    private final InputStream stream;
    private final CsvParser parser;
    private final List<RowError> problems = new ArrayList<>();
    private final KeyMemory keys = new KeyMemory();
    private int[] positions;
    private int headerWidth;
    private List<String> pending;
    private long pendingLine;
    private long rowsRead;
    private boolean unreadable;

    private ImportSource(ImportKind kind, InputStream stream) {
        this.kind = kind;
        this.stream = stream;
        this.parser = new CsvParser(new InputStreamReader(
                new BufferedInputStream(stream, 1 << 16),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    /** Reads the header and looks ahead to the first row, so the file's own problems are known at once. */
    public static ImportSource open(ImportKind kind, InputStream stream) throws IOException {
        ImportSource source = new ImportSource(kind, stream);
        try {
            source.readHeader();
        } catch (CsvFormatException unreadable) {
            source.problems.add(unreadable.toRowError());
        }
        return source;
    }

    public List<RowError> problems() {
        return List.copyOf(problems);
    }

    /** Data rows given so far. */
    public long rowsRead() {
        return rowsRead;
    }

    /** The next data row, or null at the end of the file. Blank lines are passed over. */
    public SourceRow next() throws IOException {
        if (!problems.isEmpty() || unreadable) {
            return null;
        }
        List<String> fields;
        try {
            fields = pending != null ? pending : nextNonBlank();
        } catch (CsvFormatException broken) {
            // Nothing after this point can be split into fields; the rows before it stand.
            unreadable = true;
            rowsRead++;
            RowError error = broken.toRowError();
            return new SourceRow(
                    error.line(),
                    new String[kind.fields().size()],
                    List.of(RowError.ofLine(error.line(), error.reason() + "; the rows after it were not read")));
        }
        long line = pending != null ? pendingLine : parser.recordLine();
        pending = null;
        if (fields == null) {
            return null;
        }
        rowsRead++;
        return toRow(line, fields);
    }

    private void readHeader() throws IOException {
        List<String> header = nextNonBlank();
        String expected = String.join(",", kind.columns());
        if (header == null) {
            problems.add(RowError.ofLine(1, "the file is empty; its first line must be the header " + expected));
            return;
        }
        long headerLine = parser.recordLine();
        headerWidth = header.size();
        positions = new int[kind.fields().size()];
        Arrays.fill(positions, -1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            int field = kind.columns().indexOf(name);
            if (!seen.add(name)) {
                problems.add(new RowError(headerLine, name, null, "appears twice in the header"));
            } else if (field < 0) {
                problems.add(new RowError(
                        headerLine,
                        header.get(i),
                        null,
                        "is not a column of a " + kind.path() + " file; the columns are " + expected));
            } else {
                positions[field] = i;
            }
        }
        for (int f = 0; f < positions.length; f++) {
            ImportField field = kind.fields().get(f);
            if (positions[f] < 0 && field.required()) {
                problems.add(new RowError(
                        headerLine, field.column(), null, "is a required column but the header" + " does not have it"));
            }
        }
        if (problems.isEmpty()) {
            pending = nextNonBlank();
            pendingLine = parser.recordLine();
            if (pending == null) {
                problems.add(RowError.ofLine(headerLine + 1, "the file has a header but no rows to import"));
            }
        }
    }

    private SourceRow toRow(long line, List<String> fields) {
        String[] values = new String[positions.length];
        List<RowError> rowProblems = new ArrayList<>(0);
        if (fields.size() != headerWidth) {
            rowProblems.add(RowError.ofLine(
                    line,
                    fields.size() + " fields where the header has " + headerWidth
                            + "; quote values that contain commas"));
            return new SourceRow(line, values, rowProblems);
        }
        for (int f = 0; f < positions.length; f++) {
            values[f] = positions[f] < 0 ? null : fields.get(positions[f]);
        }
        String key = key(values);
        long earlier = keys.firstSeen(key, line);
        if (earlier != 0) {
            ImportField last = kind.fields().get(kind.keyFields() - 1);
            rowProblems.add(new RowError(
                    line,
                    last.column(),
                    values[kind.keyFields() - 1],
                    "repeats the " + keyName() + " of line " + earlier + "; each " + keyName()
                            + " may appear once per file"));
        }
        return new SourceRow(line, values, rowProblems);
    }

    private String key(String[] values) {
        StringBuilder key = new StringBuilder();
        for (int f = 0; f < kind.keyFields(); f++) {
            key.append(values[f] == null ? "" : values[f].strip()).append('\u0000');
        }
        return key.toString();
    }

    private String keyName() {
        return String.join(" and ", kind.columns().subList(0, kind.keyFields()));
    }

    private List<String> nextNonBlank() throws IOException {
        List<String> fields;
        do {
            fields = parser.next();
        } while (fields != null && fields.size() == 1 && fields.get(0).isBlank());
        return fields;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
