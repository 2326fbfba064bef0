package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.audience.ExportColumn;
import com.strata.audience.ExportWriter;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Audience exports end to end: every matching customer is in the file (the row count equals the audience's count,
 * on an audience bigger than a page of the list and bigger than one page the writer reads), as CSV and as XLSX read
 * back with the library; an account manager's export holds only their own customers; who may read, change and
 * download what.
 */
class AudienceExportIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();
    private final AudienceExports audiences = new AudienceExports();

    @BeforeAll
    static void scored() throws Exception {
        ScoredDemoBase.await();
    }

    @Test
    void csvAndXlsxHoldEveryCustomerOfTheAudience() throws Exception {
        long audience = audiences.create("analyst", "Everyone " + System.nanoTime(), false, "{}");
        long count = audiences.count(audience, "analyst");
        assertTrue(count > ExportWriter.PAGE_ROWS, "bigger than one page the writer reads: " + count);

        List<List<String>> csv = AudienceExports.csvRows(audiences.export(audience, "analyst", "csv", "en"));
        assertEquals(count, csv.size() - 1, "CSV rows");
        assertEquals("Code", csv.get(0).get(0));
        assertEquals(ExportColumn.values().length, csv.get(0).size());
        assertEquals(
                count, csv.stream().skip(1).map(row -> row.get(0)).distinct().count(), "each customer once");
        assertTrue(
                csv.stream()
                        .anyMatch(row -> row.get(ExportColumn.NAME.ordinal()).startsWith("'=")),
                "the demo customer whose name starts with = is neutralised");
        assertTrue(csv.stream()
                .noneMatch(row -> row.get(ExportColumn.NAME.ordinal()).startsWith("=")));

        List<List<String>> xlsx = AudienceExports.xlsxRows(audiences.export(audience, "analyst", "xlsx", "zh"));
        assertEquals(count, xlsx.size() - 1, "XLSX rows");
        assertEquals("客户编号", xlsx.get(0).get(0));
        Set<String> segments = xlsx.stream()
                .skip(1)
                .map(row -> row.get(ExportColumn.SEGMENT.ordinal()))
                .collect(Collectors.toSet());
        assertTrue(segments.stream().allMatch(s -> s.endsWith("客户")), "segments in Chinese: " + segments);
        assertTrue(xlsx.stream()
                .anyMatch(row -> row.get(ExportColumn.NAME.ordinal()).startsWith("'=")));
    }

    @Test
    void anAccountManagersExportHoldsOnlyTheirOwnCustomers() throws Exception {
        long audience = audiences.create("manager", "Mine " + System.nanoTime(), false, "{}");
        long count = audiences.count(audience, "manager");
        assertTrue(count > 25, "more than a page of the list: " + count);
        List<List<String>> csv = AudienceExports.csvRows(audiences.export(audience, "manager", "csv", "en"));
        assertEquals(count, csv.size() - 1);
        assertEquals(
                Set.of("manager"),
                csv.stream()
                        .skip(1)
                        .map(row -> row.get(ExportColumn.ACCOUNT_MANAGER.ordinal()))
                        .collect(Collectors.toSet()));
    }

    @Test
    void aSharedAudienceCountsInEachReadersScopeAndOnlyItsOwnerChangesIt() throws Exception {
        long shared = audiences.create("analyst", "Shared " + System.nanoTime(), true, "{\"churnWarning\": \"true\"}");
        long analysts = audiences.count(shared, "analyst");
        long managers = audiences.count(shared, "manager");
        assertTrue(managers < analysts, managers + " of " + analysts);

        HttpResponse<String> change = api.send(
                "PUT", "api/audiences/" + shared, "manager", "{\"name\": \"Taken\", \"shared\": true, \"filter\": {}}");
        assertEquals(403, change.statusCode(), change.body());
        assertEquals(
                403,
                api.send("DELETE", "api/audiences/" + shared, "manager", null).statusCode());

        long mine = audiences.create("analyst", "Private " + System.nanoTime(), false, "{}");
        HttpResponse<String> hidden = api.get("api/audiences/" + mine, "manager");
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertEquals("AUDIENCE_NOT_FOUND", ApiClient.json(hidden.body()).getString("code"));
        assertEquals(
                204,
                api.send("DELETE", "api/audiences/" + mine, "analyst", null).statusCode());
    }

    @Test
    void serviceAgentsHaveNoAudiencesAndNobodyElsesExportIsTheirs() throws Exception {
        assertEquals(403, api.get("api/audiences", "agent").statusCode());
        long audience = audiences.create("analyst", "Small " + System.nanoTime(), true, "{\"tier\": \"Diamond\"}");
        HttpResponse<String> started =
                api.send("POST", "api/audiences/" + audience + "/exports?format=csv", "analyst", null);
        assertEquals(202, started.statusCode(), started.body());
        long job = ApiClient.json(started.body()).getJsonNumber("id").longValue();
        assertEquals(
                404,
                api.get("api/audiences/" + audience + "/exports/" + job, "manager")
                        .statusCode());
        assertEquals(
                404,
                api.get("api/audiences/" + audience + "/exports/" + job + "/file", "manager")
                        .statusCode());
    }

    @Test
    void anAdHocCountTakesTheUrlParametersAndNamesWrongOnes() throws Exception {
        HttpResponse<String> count = api.get("api/audiences/count?tier=Diamond&valueMin=0", "analyst");
        assertEquals(200, count.statusCode(), count.body());
        HttpResponse<String> wrong = api.get("api/audiences/count?r=9&lastPurchaseFrom=yesterday", "analyst");
        assertEquals(400, wrong.statusCode(), wrong.body());
        String details = ApiClient.json(wrong.body()).getJsonArray("details").toString();
        assertTrue(details.contains("r: must be a whole number from 1 to 5, found \\\"9\\\""), details);
        assertTrue(details.contains("lastPurchaseFrom"), details);
        HttpResponse<String> format = api.send(
                "POST",
                "api/audiences/" + audiences.create("analyst", "F " + System.nanoTime(), false, "{}")
                        + "/exports?format=pdf",
                "analyst",
                null);
        assertEquals(400, format.statusCode(), format.body());
    }
}
