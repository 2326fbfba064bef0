package com.strata.audit;

import static com.strata.system.JsonProcessing.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields a change touched, before and after, as the audit trail keeps them: only the fields whose value differs
 * (all of them when there was nothing before, as for a creation, or nothing after), each value as text (a collection
 * as its members joined by ", "), stored as flat JSON objects.
 */
public record AuditChanges(Map<String, String> before, Map<String, String> after) {

    /** The changed fields of {@code before} and {@code after}, in the order of their first appearance. */
    public static AuditChanges of(Map<String, ?> before, Map<String, ?> after) {
        Map<String, String> was = texts(before);
        Map<String, String> is = texts(after);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        Map<String, String> changedBefore = new LinkedHashMap<>();
        Map<String, String> changedAfter = new LinkedHashMap<>();
        for (String field : fields) {
            String a = was.get(field);
            String b = is.get(field);
            if (before == null || after == null || !Objects.equals(a, b)) {
                if (before != null) {
                    changedBefore.put(field, a);
                }
                if (after != null) {
                    changedAfter.put(field, b);
                }
            }
        }
        return new AuditChanges(before == null ? null : changedBefore, after == null ? null : changedAfter);
    }

    /** {@code field: old → new} for each changed field, the line the trail shows when there is no other detail. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        for (String field : fields) {
            String a = before == null ? null : before.get(field);
            String b = after == null ? null : after.get(field);
            parts.add(
                    before == null
                            ? field + ": " + show(b)
                            : after == null ? field + ": " + show(a) : field + ": " + show(a) + " → " + show(b));
        }
        return String.join("; ", parts);
    }

    public String beforeJson() {
        return json(before);
    }

    public String afterJson() {
        return json(after);
    }

    /** A stored JSON object back as field → text; null for null. */
    public static Map<String, String> parse(String json) {
        if (json == null) {
            return null;
        }
        JsonObject object = JSON.createReader(new StringReader(json)).readObject();
        Map<String, String> fields = new LinkedHashMap<>();
        object.forEach((field, value) -> fields.put(
                field,
                value.getValueType() == JsonValue.ValueType.NULL
                        ? null
                        : value instanceof JsonString text ? text.getString() : value.toString()));
        return fields;
    }

    private static String json(Map<String, String> fields) {
        if (fields == null) {
            return null;
        }
        JsonObjectBuilder object = JSON.createObjectBuilder();
        fields.forEach((field, value) -> {
            if (value == null) {
                object.addNull(field);
            } else {
                object.add(field, value);
            }
        });
        return object.build().toString();
    }

    private static Map<String, String> texts(Map<String, ?> values) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((field, value) -> texts.put(field, text(value)));
        }
        return texts;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> members) {
            return String.join(", ", members.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String show(String value) {
        return value == null ? "—" : value.isEmpty() ? "\"\"" : value;
    }
}
