package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.web.api.StrataApi;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the server generates lists exactly the endpoints of the REST resources, found here by
 * reflection over every class of the web module, so an endpoint cannot be added without appearing in it; and each
 * operation gives its success answer and the one error shape, which the document describes.
 */
class OpenApiIT extends DeployedStrata {

    private static final String CONTEXT_ROOT = "/strata";

    private final ApiClient api = new ApiClient();

    @Test
    void theDocumentListsEveryEndpointOfTheResources() throws Exception {
        JsonObject document = document();

        Set<String> documented = new TreeSet<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject()
                        .keySet()
                        .forEach(method -> documented.add(method.toUpperCase() + " " + path)));

        Set<String> endpoints = endpointsOfTheResources();
        assertTrue(endpoints.size() >= 20, "the resources were found: " + endpoints);
        assertEquals(endpoints, documented);
    }

    @Test
    void everyOperationAnswersItsSuccessOrTheDescribedErrorShape() throws Exception {
        JsonObject document = document();

        JsonObject error = document.getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("ApiError")
                .getJsonObject("properties");
        assertEquals(Set.of("status", "code", "message", "details"), error.keySet());
        assertEquals(
                "#/components/schemas/ApiError",
                document.getJsonObject("components")
                        .getJsonObject("responses")
                        .getJsonObject("Error")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema")
                        .getString("$ref"));
        List<String> incomplete = new ArrayList<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
                    JsonObject responses = operation.asJsonObject().getJsonObject("responses");
                    boolean answersSuccess = responses.keySet().stream().anyMatch(code -> code.startsWith("2"));
                    boolean answersErrors = responses.containsKey("default")
                            && responses
                                    .getJsonObject("default")
                                    .getString("$ref", "")
                                    .equals("#/components/responses/Error");
                    if (!answersSuccess || !answersErrors) {
                        incomplete.add(method + " " + path + " " + responses.keySet());
                    }
                }));
        assertEquals(List.of(), incomplete, "operations without their success answer or the error answer");
    }

    private JsonObject document() throws Exception {
        HttpResponse<String> response = api.get("/openapi?format=JSON", null);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response.body());
    }

    /** "METHOD /strata/api/path" for every resource method of every class in the web module's jar. */
    private static Set<String> endpointsOfTheResources() throws Exception {
        String root = CONTEXT_ROOT + "/"
                + StrataApi.class.getAnnotation(ApplicationPath.class).value();
        Set<String> endpoints = new TreeSet<>();
        for (Class<?> type : classesBeside(StrataApi.class)) {
            Path resource = type.getAnnotation(Path.class);
            if (resource == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.add(verb + " " + join(root, resource.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    private static List<Class<?>> classesBeside(Class<?> anchor) throws Exception {
        File jar = new File(
                anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (JarFile classesJar = new JarFile(jar)) {
            Enumeration<JarEntry> entries = classesJar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class")) {
                    classes.add(Class.forName(
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                            false,
                            anchor.getClassLoader()));
                }
            }
        }
        return classes;
    }
}
