package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The REST import and the batch job on the real server and database: reports, idempotency, who may import. */
class ImportIT extends DeployedStrata {

    private static final String CUSTOMERS = """
            code,name,kind,industry,size_band,ownership,region,acquisition_channel,first_seen,account_manager,status
            IT-C1,北京远航科技有限公司,COMPANY,Software,MEDIUM,PRIVATE,Beijing,Referral,2022-05-01,manager,ACTIVE
            IT-C2,Mei Chen,PERSON,,,,Shanghai,Web,2023-07-15,,ACTIVE
            """;
    private static final String PURCHASES = """
            order_ref,customer_code,purchase_date,amount,margin,category,channel
            IT-P1,IT-C1,2025-01-05,1200.00,300.00,Licences,Direct
            IT-P2,IT-C2,2025-02-11,"12,5",,Books,Web
            IT-P3,IT-NOPE,2025-02-12,10.00,,Books,Web
            IT-P4,IT-C2,2025-03-01,-20.00,,Books,Web
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void analystImportsGoodRowsReportsBadOnesAndAReimportChangesNothing() throws Exception {
        HttpResponse<String> customers = post("customers", CUSTOMERS, "analyst");
        assertEquals(200, customers.statusCode(), customers.body());
        assertEquals("2", field(customers.body(), "inserted"));

        HttpResponse<String> purchases = post("purchases", PURCHASES, "analyst");
        assertEquals(200, purchases.statusCode(), purchases.body());
        assertEquals("4", field(purchases.body(), "read"));
        assertEquals("2", field(purchases.body(), "inserted"));
        assertEquals("2", field(purchases.body(), "rejected"));
        assertTrue(purchases.body().contains("\"reason\":\"is not a number; use a decimal point\""), purchases.body());
        assertTrue(purchases.body().contains("\"value\":\"IT-NOPE\""), purchases.body());

        HttpResponse<String> again = post("purchases", PURCHASES, "admin");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("0", field(again.body(), "inserted"));
        assertEquals("2", field(again.body(), "unchanged"));
        assertEquals("2", field(again.body(), "rejected"));
    }

    @Test
    void batchJobImportsAFileAndRecordsItsReport() throws Exception {
        assertEquals(
                200,
                post("customers", CUSTOMERS.replace("IT-C", "IT-JOB-C"), "analyst")
                        .statusCode());
        String interactions = """
                ref,customer_code,type,interaction_date,csat,nps,text
                IT-I1,IT-JOB-C1,SURVEY,2025-04-01,5,9,"=HYPERLINK(""http://x.example"",""hi"")"
                IT-I2,IT-JOB-C2,TICKET,2025-04-02,7,,Broken screen
                """;

        HttpResponse<String> started = post("interactions/jobs?name=interactions.csv", interactions, "admin");
        assertEquals(202, started.statusCode(), started.body());
        String run = started.headers().firstValue("Location").orElseThrow();
        String status = waitUntilFinished(run);

        assertEquals("COMPLETED", field(status, "state"), status);
        assertEquals("1", field(status, "inserted"), status);
        assertEquals("1", field(status, "rejected"), status);
        HttpResponse<String> report = get(run + "/report", "analyst");
        assertTrue(report.body().contains("\"reason\":\"is not between 1 and 5\""), report.body());
    }

    @Test
    void controlCharactersInCellsAreRowErrorsNamingLineAndColumnAndTheRestIsStored() throws Exception {
        String prefix = "IT-CTL-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv =
                "code,name,kind,industry,size_band,ownership,region,acquisition_channel,first_seen,account_manager,"
                        + "status\n"
                        + prefix + "1,Good One,PERSON,,,,Beijing,Web,2024-01-15,,ACTIVE\n"
                        + prefix + "2,Nul\u0000Name,PERSON,,,,Beijing,Web,2024-01-15,,ACTIVE\n"
                        + prefix + "3,Good Three,PERSON,,,,Shang\u0007hai,Web,2024-01-15,,ACTIVE\n"
                        + prefix + "4,Good Four,PERSON,,,,Beijing,Web,2024-01-15,,ACTIVE\n";

        HttpResponse<String> direct = post("customers", csv, "analyst");

        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals("2", field(direct.body(), "inserted"), direct.body());
        assertEquals("2", field(direct.body(), "rejected"), direct.body());
        assertTrue(names(direct.body(), 3, "name"), direct.body());
        assertTrue(direct.body().contains("holds the control character U+0000 at character 4"), direct.body());
        assertTrue(names(direct.body(), 4, "region"), direct.body());

        // The batch job stores its errors in the database: the control character must not make that fail.
        HttpResponse<String> started =
                post("customers/jobs?name=control.csv", csv.replace(prefix, prefix + "J"), "analyst");
        assertEquals(202, started.statusCode(), started.body());
        String run = started.headers().firstValue("Location").orElseThrow();
        String status = waitUntilFinished(run);
        assertEquals("COMPLETED", field(status, "state"), status);
        assertEquals("2", field(status, "inserted"), status);
        assertEquals("2", field(status, "rejected"), status);
        HttpResponse<String> report = get(run + "/report", "analyst");
        assertTrue(report.body().contains("Nul\u2400Name"), "shown as its control picture: " + report.body());
    }

    @Test
    void accountManagerMayNotImport() throws Exception {
        HttpResponse<String> refused = post("customers", CUSTOMERS, "manager");

        assertEquals(403, refused.statusCode(), refused.body());
    }

    @Test
    void unknownImportKindIsNotFoundAndSaysWhatExists() throws Exception {
        HttpResponse<String> missing = post("invoices", "a,b\n1,2\n", "analyst");

        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("use customers, contacts, purchases or interactions"), missing.body());
    }

    private HttpResponse<String> post(String kind, String csv, String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(StrataDeployment.url("api/imports/" + kind))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Authorization", basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String waitUntilFinished(String run) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            String body = get(run, "analyst").body();
            if (!"RUNNING".equals(field(body, "state"))) {
                return body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The import job did not finish within 30 s");
    }

    private HttpResponse<String> get(String url, String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", basic(user))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        String pair = user + ":" + StrataDeployment.DEMO_PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether one of the report's errors is about this line and column, whatever order its members come in. */
    private static boolean names(String report, int line, String column) {
        return Pattern.compile("\\{[^}]*\"line\":" + line + "[,}][^}]*")
                .matcher(report)
                .results()
                .anyMatch(error -> error.group().contains("\"column\":\"" + column + "\""));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)\"?").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
