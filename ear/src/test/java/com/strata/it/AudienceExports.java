package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Audiences and their exports over REST, and the exported files read back as rows of text. */
final class AudienceExports {

    private final ApiClient api = new ApiClient();

    /** Saves an audience for the user and answers its id. */
    long create(String user, String name, boolean shared, String filterJson) throws Exception {
        HttpResponse<String> created = api.send(
                "POST",
                "api/audiences",
                user,
                "{\"name\": \"" + name + "\", \"shared\": " + shared + ", \"filter\": " + filterJson + "}");
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created.body()).getJsonNumber("id").longValue();
    }

    long count(long audience, String user) throws Exception {
        HttpResponse<String> count = api.get("api/audiences/" + audience + "/count", user);
        assertEquals(200, count.statusCode(), count.body());
        return ApiClient.json(count.body())
                .getJsonObject("summary")
                .getJsonNumber("count")
                .longValue();
    }

    /** Starts an export, waits for it to complete and answers the file. */
    byte[] export(long audience, String user, String format, String lang) throws Exception {
        HttpResponse<String> started = api.send(
                "POST", "api/audiences/" + audience + "/exports?format=" + format + "&lang=" + lang, user, null);
        assertEquals(202, started.statusCode(), started.body());
        long job = ApiClient.json(started.body()).getJsonNumber("id").longValue();
        String path = "api/audiences/" + audience + "/exports/" + job;
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject status;
        do {
            Thread.sleep(200);
            status = ApiClient.json(api.get(path, user).body());
        } while (status.getString("status").equals("RUNNING") && Instant.now().isBefore(until));
        assertEquals("COMPLETED", status.getString("status"), status.toString());
        HttpResponse<byte[]> file = api.download(path + "/file", user);
        assertEquals(200, file.statusCode(), new String(file.body(), StandardCharsets.UTF_8));
        return file.body();
    }

    /** The CSV's rows (header first) split into fields; the file must start with a UTF-8 byte-order mark. */
    static List<List<String>> csvRows(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "a byte-order mark first");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
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
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    /** The XLSX's first sheet as text rows (header first), read with fastexcel's reader. */
    static List<List<String>> xlsxRows(byte[] file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : book.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
