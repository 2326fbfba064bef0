package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Users the tests create through the administration API, each with a fresh name, so no demo user is changed. */
final class TestUsers {

    private final ApiClient api = new ApiClient();

    /** A new user, created by {@code admin}; answers its name and temporary password. */
    Created create(String prefix, String role, String supervisor) throws Exception {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Test " + username)
                .add("roles", Json.createArrayBuilder().add(role));
        if (supervisor != null) {
            body.add("supervisor", supervisor);
        }
        HttpResponse<String> created =
                api.send("POST", "api/users", "admin", body.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject answer = ApiClient.json(created.body());
        assertEquals(username, answer.getString("username"));
        return new Created(username, answer.getString("password"));
    }

    /** Replaces the temporary password by {@code next}, as the user. */
    HttpResponse<String> changePassword(Created user, String next) throws Exception {
        return api.sendAs(
                "POST",
                "api/me/password",
                user.username(),
                user.password(),
                Json.createObjectBuilder()
                        .add("currentPassword", user.password())
                        .add("newPassword", next)
                        .add("repeatPassword", next)
                        .build()
                        .toString());
    }

    record Created(String username, String password) {}
}
