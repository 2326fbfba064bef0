package com.strata.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the deployed REST API as a demo user with HTTP Basic, or anonymously when the user is null. */
final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String path, String user, String jsonBody)
            throws IOException, InterruptedException {
        return send(method, path, user, "application/json", jsonBody);
    }

    HttpResponse<String> send(String method, String path, String user, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(StrataDeployment.url(path))
                .header("Content-Type", contentType)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Calls as {@code user} with their own password (a user the test created), JSON in and out. */
    HttpResponse<String> sendAs(String method, String path, String user, String password, String jsonBody)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(StrataDeployment.url(path))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(user, password))
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a CSV file, as the import calls take it. */
    HttpResponse<String> postCsv(String path, String user, String csv) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(StrataDeployment.url(path))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Authorization", basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send("GET", path, user, null);
    }

    /** A file as bytes (an export's CSV or XLSX). */
    HttpResponse<byte[]> download(String path, String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(StrataDeployment.url(path))
                .header("Authorization", basic(user))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String user) {
        return basic(user, StrataDeployment.DEMO_PASSWORD);
    }

    private static String basic(String user, String password) {
        String pair = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
