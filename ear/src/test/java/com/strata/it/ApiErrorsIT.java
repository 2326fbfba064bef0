package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every POST endpoint given broken JSON, members of the wrong type, members it does not know, the wrong content type
 * and ids that do not exist, control characters in JSON strings, oversized and deeply nested JSON and a huge upload:
 * each answers its 4xx (never a 500) in the one documented error shape, and nothing runs.
 */
class ApiErrorsIT extends DeployedStrata {

    private static final String BROKEN_JSON = "{\"mode\":\"PREVIEW\"";
    private static final String MALFORMED_BODY = "MALFORMED_BODY";

    private final ApiClient api = new ApiClient();

    @Test
    void startingARunRefusesBodiesThatAreNotARunRequest() throws Exception {
        for (String body : List.of(
                BROKEN_JSON,
                "[\"PREVIEW\"]",
                "{\"mode\":\"PREVIEW\",\"policyVersion\":\"x\"}",
                "{\"mode\":\"PREVIEW\",\"asOf\":\"yesterday\"}",
                "{\"mode\":\"SOMETIMES\"}",
                "{\"mode\":\"PREVIEW\",\"policyVersoin\":2}")) {
            assertError(400, MALFORMED_BODY, post("api/runs", "admin", body), body);
        }

        JsonObject noMode = assertError(400, "INVALID_REQUEST", post("api/runs", "admin", "{}"), "{}");
        assertEquals(List.of("mode: say which mode to run: APPLY or PREVIEW"), details(noMode));
        JsonObject negativeDrill = assertError(
                400,
                "INVALID_REQUEST",
                post("api/runs", "admin", "{\"mode\":\"PREVIEW\",\"failAfterCustomers\":-1}"),
                "failAfterCustomers -1");
        assertTrue(details(negativeDrill).get(0).startsWith("failAfterCustomers: "), negativeDrill.toString());
        assertError(400, "INVALID_REQUEST", post("api/runs", "admin", null), "no body");

        assertError(
                400,
                "INVALID_RUN_REQUEST",
                post("api/runs", "admin", "{\"mode\":\"PREVIEW\",\"asOf\":\"2999-01-01\"}"),
                "a future as-of date");
        assertError(
                415,
                "UNSUPPORTED_MEDIA_TYPE",
                api.send("POST", "api/runs", "admin", "text/plain", "mode=PREVIEW"),
                "text/plain");
        assertError(403, "FORBIDDEN", post("api/runs", "manager", "{\"mode\":\"PREVIEW\"}"), "a manager");
    }

    @Test
    void restartingOrAbandoningARunThatDoesNotExistIsNotFound() throws Exception {
        for (String action : List.of("restart", "abandon")) {
            JsonObject unknown =
                    assertError(404, "RUN_NOT_FOUND", post("api/runs/987654/" + action, "admin", BROKEN_JSON), action);
            assertEquals("There is no run 987654", unknown.getString("message"));
            assertError(404, "NOT_FOUND", post("api/runs/first/" + action, "admin", BROKEN_JSON), action + " first");
        }
    }

    @Test
    void aPolicyDocumentThatIsBrokenMistypedOrHasUnknownMembersIsRefusedWithEveryProblem() throws Exception {
        JsonObject broken = assertError(400, "INVALID_POLICY", post("api/policies", "analyst", BROKEN_JSON), "broken");
        assertTrue(details(broken).get(0).startsWith("the document: not valid JSON"), broken.toString());

        JsonObject mistyped = assertError(
                400,
                "INVALID_POLICY",
                post("api/policies", "analyst", "{\"policy\": 3, \"schedul\": {}}"),
                "wrong types and unknown members");
        List<String> problems = details(mistyped);
        assertTrue(problems.contains("policy: must be an object, found 3"), problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("schedul: is not a known option")), problems.toString());
        assertTrue(problems.contains("schedule: is missing"), problems.toString());

        assertError(
                415,
                "UNSUPPORTED_MEDIA_TYPE",
                api.send("POST", "api/policies", "analyst", "text/plain", "policy"),
                "text/plain");
    }

    @Test
    void activatingAVersionThatIsNotADraftOrDoesNotExistIsRefused() throws Exception {
        assertError(404, "POLICY_NOT_FOUND", post("api/policies/9999/activate", "admin", BROKEN_JSON), "9999");
        assertError(404, "NOT_FOUND", post("api/policies/latest/activate", "admin", BROKEN_JSON), "latest");
        assertError(409, "POLICY_NOT_ACTIVATABLE", post("api/policies/1/activate", "admin", null), "version 1");
    }

    @Test
    void importsRefuseUnknownKindsWrongContentTypesAndUnknownRuns() throws Exception {
        for (String path : List.of("api/imports/invoices", "api/imports/invoices/jobs")) {
            JsonObject unknown =
                    assertError(404, "NOT_FOUND", api.send("POST", path, "analyst", "text/csv", "a,b\n1,2\n"), path);
            assertTrue(unknown.getString("message").contains("use customers, contacts"), unknown.toString());
        }
        for (String path : List.of("api/imports/customers", "api/imports/customers/jobs")) {
            assertError(415, "UNSUPPORTED_MEDIA_TYPE", post(path, "analyst", BROKEN_JSON), path);
        }
        assertError(
                404, "IMPORT_NOT_FOUND", post("api/imports/runs/987654/restart", "analyst", BROKEN_JSON), "restart");
        assertError(404, "NOT_FOUND", post("api/imports/runs/last/restart", "analyst", BROKEN_JSON), "restart last");

        HttpResponse<String> empty = api.send("POST", "api/imports/customers", "analyst", "text/csv", "");
        assertEquals(200, empty.statusCode(), "an empty file is reported as the import's own problem: " + empty.body());
        JsonObject report = ApiClient.json(empty.body());
        assertEquals(0, report.getInt("inserted"), report.toString());
        assertFalse(report.getJsonArray("errors").isEmpty(), report.toString());
    }

    @Test
    void pathsAndMethodsTheApiDoesNotHaveAnswerInTheSameShape() throws Exception {
        assertError(404, "NOT_FOUND", api.get("api/nothing-here", "analyst"), "unknown path");
        HttpResponse<String> wrongMethod = api.send("DELETE", "api/runs", "admin", null);
        assertError(405, "METHOD_NOT_ALLOWED", wrongMethod, "DELETE");
        assertTrue(
                wrongMethod.headers().firstValue("Allow").orElse("").contains("POST"),
                wrongMethod.headers().toString());
    }

    @Test
    void controlCharactersInJsonStringsAreRefusedNamingTheMemberAndNothingIsStored() throws Exception {
        int rules = ApiClient.json(api.get("api/playbooks/rules", "admin").body())
                .getJsonArray("rules")
                .size();
        for (String hostile : List.of("\\u0000", "\\u0007", "\\u001b[31m")) {
            String body = "{\"trigger\":\"UPGRADED\",\"titleEn\":\"Call" + hostile
                    + "\",\"titleZh\":\"致电\",\"dueDays\":3,\"active\":false}";
            JsonObject refused = assertError(400, "INVALID_REQUEST", post("api/playbooks/rules", "admin", body), body);
            assertTrue(
                    details(refused).get(0).startsWith("titleEn: holds the control character U+00"),
                    refused.toString());
        }
        assertEquals(
                rules,
                ApiClient.json(api.get("api/playbooks/rules", "admin").body())
                        .getJsonArray("rules")
                        .size(),
                "nothing was stored");
    }

    @Test
    void oversizedAndDeeplyNestedJsonAnswer400InTheErrorShape() throws Exception {
        String huge = "{\"mode\":\"PREVIEW\",\"note\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        JsonObject tooLarge = assertError(400, "BODY_TOO_LARGE", post("api/runs", "admin", huge), "5 MB of JSON");
        assertTrue(tooLarge.getString("message").contains("1,048,576 bytes"), tooLarge.toString());

        String deep = "{\"mode\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        JsonObject nested = assertError(400, MALFORMED_BODY, post("api/runs", "admin", deep), "10,000 levels deep");
        assertTrue(nested.getString("message").contains("nested deeper than 64 levels"), nested.toString());

        assertError(400, MALFORMED_BODY, post("api/playbooks/rules", "admin", "{\"trigger\":"), "cut off");
        assertError(400, MALFORMED_BODY, post("api/runs", "admin", "{\"mode\":PREVIEW}"), "unquoted");
    }

    @Test
    void aHugeUploadIsRefusedBeforeItIsReadNamingTheLimit() throws Exception {
        URI url = StrataDeployment.url("api/imports/customers");
        String credentials = Base64.getEncoder()
                .encodeToString(("analyst:" + StrataDeployment.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            // Declares 600 MB and sends only the first line: the answer must come without the rest.
            out.write(("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                            + "\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: text/csv\r\n"
                            + "Content-Length: 600000000\r\n\r\ncode,name,kind\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413"), "status line: " + status);
            String line;
            StringBuilder answer = new StringBuilder();
            while ((line = in.readLine()) != null) {
                answer.append(line).append('\n');
                if (line.startsWith("{")) {
                    break;
                }
            }
            assertTrue(answer.toString().contains("\"code\":\"UPLOAD_TOO_LARGE\""), answer.toString());
            assertTrue(answer.toString().contains("536,870,912 bytes (512 MiB)"), answer.toString());
        }
    }

    private HttpResponse<String> post(String path, String user, String jsonBody) throws Exception {
        return api.send("POST", path, user, jsonBody);
    }

    /** The documented error shape: status as answered, a stable code, a message and a list of details. */
    private static JsonObject assertError(int status, String code, HttpResponse<String> response, String what) {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                what + ": " + response.headers());
        JsonObject error = ApiClient.json(response.body());
        assertEquals(status, error.getInt("status"), what + ": " + error);
        assertEquals(code, error.getString("code"), what + ": " + error);
        assertFalse(error.getString("message").isBlank(), what + ": " + error);
        assertEquals(JsonValue.ValueType.ARRAY, error.get("details").getValueType(), what + ": " + error);
        return error;
    }

    private static List<String> details(JsonObject error) {
        return error.getJsonArray("details").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
