package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The access matrix: every REST endpoint of the deployed OpenAPI document and every Faces page of the web module,
 * called as each role and anonymously, with the row-level cases (a manager's own customer, a colleague's, another
 * team's). The answers are written as a markdown table to {@code target/access-matrix.md}; the README's table between
 * its access-matrix markers is the expected answer, so an endpoint or page that is added, removed or answers
 * differently fails this test until the README says so.
 *
 * <p>Calls that change something are made with an empty JSON object and path values that name nothing, so that the
 * matrix itself changes nothing; their cells show where a role is stopped.
 */
class AccessMatrixIT extends DeployedStrata {

    private static final String API = "/strata/api";
    private static final Set<String> SAFE = Set.of("GET", "HEAD");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String START = "<!-- access-matrix:start -->";
    private static final String END = "<!-- access-matrix:end -->";

    /** Each role as one demo user of it; anonymous has no user. */
    enum Caller {
        ADMIN("admin"),
        ANALYST("analyst"),
        SUPERVISOR("supervisor"),
        ACCOUNT_MANAGER("manager"),
        SERVICE_AGENT("agent"),
        ANONYMOUS(null);

        final String user;

        Caller(String user) {
            this.user = user;
        }

        String column() {
            return this == ANONYMOUS ? "anonymous" : name() + " (`" + user + "`)";
        }
    }

    /** One value for a path or query parameter, with what it names for the table. */
    record Subject(String value, String says) {}

    record Row(String call, String subject, Map<Caller, String> answers) {}

    private final ApiClient api = new ApiClient();

    private List<Subject> customers;
    private Subject ticket;
    private Subject run;
    private Subject policyVersion;

    @Test
    void everyEndpointAndPageAnswersEachRoleAsTheReadmeSays() throws Exception {
        try {
            prepareSubjects();
            List<Row> rows = new ArrayList<>();
            rows.addAll(endpointRows());
            rows.addAll(pageRows());
            String table = markdown(rows);
            Path generated = Path.of("target", "access-matrix.md");
            Files.writeString(generated, table + "\n");

            List<String> failures = rows.stream()
                    .flatMap(row -> row.answers().entrySet().stream()
                            .filter(answer -> answer.getValue().startsWith("5"))
                            .map(answer -> row.call() + " " + row.subject() + " as " + answer.getKey() + ": "
                                    + answer.getValue()))
                    .toList();
            assertEquals(List.of(), failures, "no call may fail with a server error");
            assertEquals(readmeTable(), table, "README's access matrix differs from the answers (" + generated + ")");
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }

    /**
     * A customer of {@code manager}, one of {@code manager2} (same team) and a new customer of a manager in another
     * supervisor's team; a ticket, the latest run and the active policy version.
     */
    private void prepareSubjects() throws Exception {
        TestUsers users = new TestUsers();
        TestUsers.Created otherSupervisor = users.create("matrix-sup", "SUPERVISOR", null);
        TestUsers.Created otherManager = users.create("matrix-mgr", "ACCOUNT_MANAGER", otherSupervisor.username());
        String otherCode = "MX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> imported = api.postCsv(
                "api/imports/customers",
                "admin",
                "code,name,kind,account_manager,status\n" + otherCode + ",Matrix Customer,COMPANY,"
                        + otherManager.username() + ",ACTIVE\n");
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, ApiClient.json(imported.body()).getInt("inserted"), imported.body());

        String own = firstReadableBy("manager");
        customers = List.of(
                new Subject(own, "manager's customer"),
                new Subject(firstReadableBy("manager2"), "manager2's customer (same team)"),
                new Subject(otherCode, "another team's customer"));
        ticket = new Subject(
                new ServiceDeskTickets().open(own, null, "access matrix").getString("number"),
                "ticket of manager's customer");
        ScoredDemoBase.await();
        JsonObject applied = ApiClient.json(
                        api.get("api/runs?size=500", "admin").body())
                .getJsonArray("runs")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(candidate -> candidate.getString("mode").equals("APPLY")
                        && candidate.getString("status").equals("COMPLETED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no completed APPLY run"));
        // An applied run, as a preview's cost would answer 200 where an applied run's answers 409.
        run = new Subject(Long.toString(applied.getJsonNumber("id").longValue()), "latest applied run");
        JsonObject active =
                ApiClient.json(api.get("api/policies/active", "admin").body());
        policyVersion = new Subject(Integer.toString(active.getInt("version")), "active policy");
    }

    private String firstReadableBy(String manager) throws Exception {
        for (int n = 1; n <= 200; n++) {
            String code = String.format("C%07d", n);
            if (api.get("api/customers/" + code, manager).statusCode() == 200) {
                return code;
            }
        }
        throw new AssertionError("no customer of " + manager + " among the first 200");
    }

    private List<Row> endpointRows() throws Exception {
        HttpResponse<String> response = api.get("/openapi?format=JSON", null);
        assertEquals(200, response.statusCode(), response.body());
        Map<String, JsonObject> endpoints = new TreeMap<>();
        ApiClient.json(response.body())
                .getJsonObject("paths")
                .forEach((path, item) -> endpoints.put(path, item.asJsonObject()));
        assertTrue(endpoints.size() >= 20, "the OpenAPI document lists the endpoints: " + endpoints.keySet());

        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, JsonObject> endpoint : endpoints.entrySet()) {
            String template = endpoint.getKey();
            assertTrue(template.startsWith(API + "/"), template);
            for (String operation : new TreeSet<>(endpoint.getValue().keySet())) {
                String method = operation.toUpperCase();
                String contentType = contentType(endpoint.getValue().getJsonObject(operation));
                for (Map<String, Subject> values : pathValues(template, method)) {
                    String path = "api" + template.substring(API.length());
                    for (Map.Entry<String, Subject> value : values.entrySet()) {
                        path = path.replace(
                                "{" + value.getKey() + "}",
                                URLEncoder.encode(value.getValue().value(), StandardCharsets.UTF_8));
                    }
                    Map<Caller, String> answers = new EnumMap<>(Caller.class);
                    for (Caller caller : Caller.values()) {
                        answers.put(caller, apiAnswer(method, path, contentType, caller));
                    }
                    rows.add(new Row(
                            "`" + method + " " + template.substring("/strata".length()) + "`", says(values), answers));
                }
            }
        }
        return rows;
    }

    /**
     * The values to call one endpoint with: existing subjects for reads (every customer case where the path names a
     * customer), values naming nothing for calls that change something.
     */
    private List<Map<String, Subject>> pathValues(String template, String method) {
        boolean read = SAFE.contains(method);
        List<Map<String, Subject>> cases = new ArrayList<>();
        cases.add(new LinkedHashMap<>());
        Matcher params = PARAM.matcher(template);
        while (params.find()) {
            String name = params.group(1);
            List<Subject> choices = read ? readValues(template, name) : List.of(nothing(name));
            List<Map<String, Subject>> next = new ArrayList<>();
            for (Map<String, Subject> partial : cases) {
                for (Subject choice : choices) {
                    Map<String, Subject> extended = new LinkedHashMap<>(partial);
                    extended.put(name, choice);
                    next.add(extended);
                }
            }
            cases = next;
        }
        return cases;
    }

    private List<Subject> readValues(String template, String name) {
        return switch (name) {
            case "code" -> customers;
            case "number" -> List.of(ticket);
            case "username" -> List.of(new Subject("manager2", "user manager2"));
            case "version" -> List.of(policyVersion);
            case "runId" -> List.of(run);
            case "tier" -> List.of(new Subject("Gold", "tier Gold"));
            case "id" -> template.startsWith(API + "/runs/") ? List.of(run) : List.of(nothing(name));
            default -> List.of(nothing(name));
        };
    }

    private static Subject nothing(String name) {
        return switch (name) {
            case "id", "job", "version", "runId" -> new Subject("0", "no such " + name);
            case "address" -> new Subject("192.0.2.1", "an address without a lock");
            default -> new Subject("no-such-" + name.toLowerCase(), "no such " + name);
        };
    }

    private static String says(Map<String, Subject> values) {
        return values.values().stream().map(Subject::says).collect(Collectors.joining(", "));
    }

    /** The first media type the operation takes a body in, as the document says; JSON when it takes none. */
    private static String contentType(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        return body == null || !body.containsKey("content")
                ? "application/json"
                : body.getJsonObject("content").keySet().iterator().next();
    }

    /** The status; a change is sent an empty JSON object, or an empty body of the type it takes (a CSV import). */
    private String apiAnswer(String method, String path, String contentType, Caller caller)
            throws IOException, InterruptedException {
        String body = SAFE.contains(method) ? null : contentType.contains("json") ? "{}" : "";
        HttpResponse<String> answer = api.send(method, path, caller.user, contentType, body);
        return Integer.toString(answer.statusCode());
    }

    private List<Row> pageRows() throws Exception {
        Path webapp = Path.of("..", "web-ui", "src", "main", "webapp");
        List<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("WEB-INF/") && !page.startsWith("resources/"))
                    .sorted()
                    .toList();
        }
        assertTrue(pages.size() >= 20, "the pages were found: " + pages);

        Map<Caller, HttpClient> sessions = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            sessions.put(caller, signedIn(caller));
        }
        List<Row> rows = new ArrayList<>();
        for (String page : pages) {
            for (Subject query : pageQueries(page)) {
                Map<Caller, String> answers = new EnumMap<>(Caller.class);
                for (Caller caller : Caller.values()) {
                    answers.put(caller, pageAnswer(sessions.get(caller), page + query.value()));
                }
                rows.add(new Row("`/" + page + "`", query.says(), answers));
            }
        }
        return rows;
    }

    /** The query strings a page is opened with: the row-level cases for pages that show one subject. */
    private List<Subject> pageQueries(String page) {
        return switch (page) {
            case "customers/customer.xhtml" ->
                customers.stream()
                        .map(customer -> new Subject("?code=" + customer.value(), customer.says()))
                        .toList();
            case "service/ticket.xhtml" -> List.of(new Subject("?number=" + ticket.value(), ticket.says()));
            case "runs/run.xhtml" -> List.of(new Subject("?id=" + run.value(), run.says()));
            default -> List.of(new Subject("", ""));
        };
    }

    /** A client whose cookie jar holds a session signed in through the login form as the caller (none: anonymous). */
    private static HttpClient signedIn(Caller caller) throws Exception {
        if (caller.user == null) {
            return FormSignIn.anonymous();
        }
        HttpClient client = FormSignIn.as(caller.user, StrataDeployment.DEMO_PASSWORD);
        assertEquals("200", pageAnswer(client, "home.xhtml"), caller + " is signed in");
        return client;
    }

    /** The status, or for a redirect where it leads ("login" for the login page). */
    private static String pageAnswer(HttpClient client, String page) throws IOException, InterruptedException {
        HttpResponse<Void> response = client.send(
                HttpRequest.newBuilder(StrataDeployment.url(page)).build(), HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status / 100 != 3) {
            return Integer.toString(status);
        }
        String location = response.headers().firstValue("Location").orElse("");
        return location.contains("/login.xhtml") ? status + " login" : status + " " + location;
    }

    private static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder("| call or page | with |");
        for (Caller caller : Caller.values()) {
            table.append(' ').append(caller.column()).append(" |");
        }
        table.append("\n| --- | --- |").append(" --- |".repeat(Caller.values().length));
        for (Row row : rows) {
            table.append("\n| ")
                    .append(row.call())
                    .append(" | ")
                    .append(row.subject())
                    .append(" |");
            for (Caller caller : Caller.values()) {
                table.append(' ').append(row.answers().get(caller)).append(" |");
            }
        }
        return table.toString();
    }

    private static String readmeTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README marks its access matrix with " + START + " and " + END);
        return readme.substring(start + START.length(), end).strip();
    }
}
