package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Administrators manage users over the API: a new user holds a temporary password and may call nothing but the
 * password change until they replaced it; edits are refused when someone changed the user meanwhile; a deactivated
 * manager cannot sign in and their customers are counted for reassignment; other roles are refused.
 */
class UserAdminIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();
    private final TestUsers users = new TestUsers();

    @Test
    void aNewUserMustChangeTheTemporaryPasswordBeforeAnyOtherCall() throws Exception {
        // An agent, not a manager: a manager in the supervisor's team would change the team other tests count.
        TestUsers.Created user = users.create("it-new", "SERVICE_AGENT", "supervisor");

        HttpResponse<String> refused = api.sendAs("GET", "api/me", user.username(), user.password(), null);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("PASSWORD_CHANGE_REQUIRED", ApiClient.json(refused.body()).getString("code"));
        assertTrue(ApiClient.json(refused.body()).getString("message").contains("temporary"));

        HttpResponse<String> weak = api.sendAs(
                "POST",
                "api/me/password",
                user.username(),
                user.password(),
                "{\"currentPassword\":\"" + user.password()
                        + "\",\"newPassword\":\"short1\",\"repeatPassword\":\"short1\"}");
        assertEquals(400, weak.statusCode(), weak.body());
        assertTrue(weak.body().contains("newPassword: must be at least 10 characters, got 6"), weak.body());

        HttpResponse<String> changed = users.changePassword(user, "river7stone-lake");
        assertEquals(204, changed.statusCode(), changed.body());
        HttpResponse<String> me = api.sendAs("GET", "api/me", user.username(), "river7stone-lake", null);
        assertEquals(200, me.statusCode(), me.body());
        JsonObject profile = ApiClient.json(me.body());
        assertFalse(profile.getBoolean("mustChangePassword"));
        assertEquals("supervisor", profile.getString("supervisor"));
        assertEquals(
                401,
                api.sendAs("GET", "api/me", user.username(), user.password(), null)
                        .statusCode());
    }

    @Test
    void aResetPasswordIsTemporaryAgain() throws Exception {
        TestUsers.Created user = users.create("it-reset", "ANALYST", null);
        assertEquals(204, users.changePassword(user, "river7stone-lake").statusCode());
        // Verified once, so the Basic credential cache remembers it: the reset must make the cache forget it.
        assertEquals(
                200,
                api.sendAs("GET", "api/me", user.username(), "river7stone-lake", null)
                        .statusCode());

        HttpResponse<String> reset =
                api.send("POST", "api/users/" + user.username() + "/password-reset", "admin", null);
        assertEquals(200, reset.statusCode(), reset.body());
        String temporary = ApiClient.json(reset.body()).getString("password");

        assertEquals(
                401,
                api.sendAs("GET", "api/me", user.username(), "river7stone-lake", null)
                        .statusCode());
        assertEquals(
                403,
                api.sendAs("GET", "api/runs", user.username(), temporary, null).statusCode());
    }

    @Test
    void anEditOnAnOldVersionIsRefusedWithTheCurrentValues() throws Exception {
        TestUsers.Created user = users.create("it-lock", "ACCOUNT_MANAGER", null);
        long version = ApiClient.json(
                        api.get("api/users/" + user.username(), "admin").body())
                .getJsonNumber("version")
                .longValue();

        HttpResponse<String> first =
                api.send("PUT", "api/users/" + user.username(), "admin", edit("First edit", "SUPERVISOR", version));
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second =
                api.send("PUT", "api/users/" + user.username(), "admin", edit("Second edit", "ANALYST", version));

        assertEquals(409, second.statusCode(), second.body());
        JsonObject error = ApiClient.json(second.body());
        assertEquals("USER_CHANGED_MEANWHILE", error.getString("code"));
        assertTrue(second.body().contains("displayName: First edit"), second.body());
        assertTrue(second.body().contains("roles: SUPERVISOR"), second.body());
        assertEquals(
                "First edit",
                ApiClient.json(api.get("api/users/" + user.username(), "admin").body())
                        .getString("displayName"));
    }

    @Test
    void aWrongUserIsRefusedNamingEachField() throws Exception {
        HttpResponse<String> refused = api.send(
                "POST",
                "api/users",
                "admin",
                "{\"username\":\"9 bad\",\"displayName\":\" \",\"roles\":[],\"supervisor\":\"manager\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("INVALID_USER", ApiClient.json(refused.body()).getString("code"));
        assertTrue(refused.body().contains("username: 2 to 64 letters"), refused.body());
        assertTrue(refused.body().contains("displayName: must not be blank"), refused.body());
        assertTrue(refused.body().contains("roles: choose at least one role"), refused.body());
        assertTrue(refused.body().contains("supervisor: \\\"manager\\\" is not an active supervisor"), refused.body());
        assertEquals(
                409,
                api.send("POST", "api/users/admin/deactivate", "admin", null).statusCode(),
                "an administrator cannot deactivate themselves");
    }

    @Test
    void aDeactivatedManagerCannotSignInAndTheirCustomersAreCountedForReassignment() throws Exception {
        TestUsers.Created user = users.create("it-gone", "ACCOUNT_MANAGER", null);
        assertEquals(204, users.changePassword(user, "river7stone-lake").statusCode());
        String code = "UA-" + user.username();
        HttpResponse<String> imported = api.postCsv(
                "api/imports/customers",
                "analyst",
                "code,name,kind,account_manager,status\n" + code + "-1,Left One,PERSON," + user.username() + ",ACTIVE\n"
                        + code + "-2,Left Two,PERSON," + user.username() + ",ACTIVE\n");
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(
                200,
                api.sendAs("GET", "api/me", user.username(), "river7stone-lake", null)
                        .statusCode());

        HttpResponse<String> deactivated =
                api.send("POST", "api/users/" + user.username() + "/deactivate", "admin", null);

        assertEquals(200, deactivated.statusCode(), deactivated.body());
        JsonObject answer = ApiClient.json(deactivated.body());
        assertEquals(2, answer.getInt("customers"));
        assertFalse(answer.getJsonObject("user").getBoolean("active"));
        assertEquals(
                401,
                api.sendAs("GET", "api/me", user.username(), "river7stone-lake", null)
                        .statusCode());
        // They stay the deactivated manager's until reassigned (the Team page moves them).
        HttpResponse<String> customer = api.get("api/customers/" + code + "-1", "admin");
        assertEquals(200, customer.statusCode(), customer.body());
        assertTrue(customer.body().contains("\"" + user.username() + "\""), customer.body());
    }

    @Test
    void otherRolesCannotManageUsers() throws Exception {
        String body = Json.createObjectBuilder()
                .add("username", "it-never")
                .add("displayName", "Never")
                .add("roles", Json.createArrayBuilder().add("ADMIN"))
                .build()
                .toString();
        for (String role : new String[] {"manager", "supervisor", "analyst", "agent"}) {
            assertEquals(403, api.send("POST", "api/users", role, body).statusCode(), role);
            assertEquals(
                    403,
                    api.send("POST", "api/users/manager/password-reset", role, null)
                            .statusCode(),
                    role);
            assertEquals(
                    403,
                    api.send("POST", "api/users/manager/deactivate", role, null).statusCode(),
                    role);
        }
        assertEquals(404, api.get("api/users/it-never", "admin").statusCode());
    }

    @Test
    void theUsersListFiltersByNameAndRoleAndCountsTheMatches() throws Exception {
        TestUsers.Created user = users.create("it-find", "SERVICE_AGENT", null);

        HttpResponse<String> found =
                api.get("api/users?q=" + user.username().toUpperCase() + "&role=SERVICE_AGENT", "admin");
        assertEquals(200, found.statusCode(), found.body());
        assertEquals("1", found.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(found.body().contains("\"username\":\"" + user.username() + "\""), found.body());
        HttpResponse<String> otherRole = api.get("api/users?q=" + user.username() + "&role=ADMIN", "admin");
        assertEquals("[]", otherRole.body());
    }

    private static String edit(String displayName, String role, long version) {
        return Json.createObjectBuilder()
                .add("displayName", displayName)
                .add("roles", Json.createArrayBuilder().add(role))
                .add("version", version)
                .build()
                .toString();
    }
}
