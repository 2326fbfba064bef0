package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client that signs in through the login form, as a browser does, and keeps the session cookie. */
final class FormSignIn {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");

    private FormSignIn() {}

    /** A client without redirects followed and with a cookie jar, not signed in. */
    static HttpClient anonymous() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A client whose session is signed in as {@code user}. */
    static HttpClient as(String user, String password) throws Exception {
        HttpClient client = anonymous();
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(StrataDeployment.url("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        client.send(
                HttpRequest.newBuilder(StrataDeployment.url("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "loginForm",
                                "loginForm",
                                "loginForm:username",
                                user,
                                "loginForm:password",
                                password,
                                "loginForm:submit",
                                "",
                                "jakarta.faces.ViewState",
                                viewState(login.body())))))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return client;
    }

    /** The view state a page's forms post back. */
    static String viewState(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        assertTrue(viewState.find(), "the page has a form with its view state");
        return viewState.group(1);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
