package com.strata.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately separate RFC 4180 reader, so the generator's output is checked by code that shares nothing with
 * its writer: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF line ends.
 */
final class CsvTestReader {

    /** A parsed file: its header and its data rows. */
    record Table(List<String> header, List<List<String>> rows) {

        int column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new AssertionError("no column " + name + " in " + header);
            }
            return index;
        }

        List<String> values(String name) {
            int index = column(name);
            return rows.stream().map(row -> row.get(index)).toList();
        }

        Map<String, String> row(int index) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), rows.get(index).get(i));
            }
            return row;
        }
    }

    private CsvTestReader() {}

    static Table parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new AssertionError("quote inside an unquoted field at offset " + i);
                }
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new AssertionError("unterminated quoted field");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        List<String> header = records.remove(0);
        for (int r = 0; r < records.size(); r++) {
            if (records.get(r).size() != header.size()) {
                throw new AssertionError("row " + (r + 2) + " has "
                        + records.get(r).size() + " fields, header " + header.size() + ": " + records.get(r));
            }
        }
        return new Table(header, records);
    }
}
