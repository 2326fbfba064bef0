package com.strata.policy.versions;

import static com.strata.system.JsonProcessing.JSON;

import com.strata.policy.DefaultWhenMissing;
import com.strata.policy.PairwiseMatrix;
import com.strata.refusal.Problem;
import com.strata.refusal.ProblemCode;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a {@link PolicyDocument} into JSON and back. The JSON follows the engine's option records one to one (a
 * member per record component; {@code kind} picks the variant of a sealed option such as the window), so every
 * engine option is settable without a hand-written mapping to keep in step.
 *
 * <p>Reading collects every problem instead of stopping at the first: unknown or missing members, wrong types, and
 * what the option records themselves refuse (an AHP matrix with CR above 0.10, tier shares over 100%, ...), each
 * prefixed with its path in the document, e.g. {@code policy.tiers.thresholds[2]}; each is a {@link Problem} whose field
 * is that path, so the policy editor shows it beside the option it is about.
 */
public final class PolicyDocumentCodec {

    private static final String KIND = "kind";

    private PolicyDocumentCodec() {}

    public static PolicyDocument read(String json) {
        JsonValue root;
        try {
            root = JSON.createReader(new StringReader(json)).readValue();
        } catch (JsonException e) {
            throw new InvalidPolicyException(List.of(
                    Problem.of("the document", ProblemCode.POLICY_OPTION, "not valid JSON: " + e.getMessage())));
        }
        List<Problem> errors = new ArrayList<>();
        Object document = new Reader(errors).read(root, PolicyDocument.class, "");
        if (!errors.isEmpty()) {
            throw new InvalidPolicyException(errors);
        }
        return (PolicyDocument) document;
    }

    public static String write(PolicyDocument document) {
        StringWriter out = new StringWriter();
        try (var writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(toJson(document));
        }
        return out.toString().strip();
    }

    /** Writes a document in this form wherever JSON-B meets one, e.g. in an answer of the REST API. */
    public static final class JsonbWriter implements JsonbSerializer<PolicyDocument> {

        @Override
        public void serialize(PolicyDocument document, JsonGenerator generator, SerializationContext context) {
            generator.write(toJson(document));
        }
    }

    private static JsonValue toJson(Object value) {
        if (value instanceof Record record) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            if (isVariant(record.getClass())) {
                object.add(KIND, record.getClass().getSimpleName());
            }
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                object.add(component.getName(), toJson(valueOf(component, record)));
            }
            return object.build();
        }
        if (value instanceof PairwiseMatrix matrix) {
            JsonArrayBuilder rows = JSON.createArrayBuilder();
            for (int i = 0; i < matrix.order(); i++) {
                JsonArrayBuilder row = JSON.createArrayBuilder();
                for (int j = 0; j < matrix.order(); j++) {
                    row.add(matrix.entry(i, j));
                }
                rows.add(row);
            }
            return rows.build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((key, item) -> object.add(key instanceof Enum<?> e ? e.name() : key.toString(), toJson(item)));
            return object.build();
        }
        if (value instanceof Enum<?> e) {
            return JSON.createValue(e.name());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer i) {
            return JSON.createValue(i);
        }
        if (value instanceof Number n) {
            return JSON.createValue(n.doubleValue());
        }
        if (value instanceof String s) {
            return JSON.createValue(s);
        }
        throw new IllegalStateException("A policy option of type "
                + value.getClass().getName() + " has no JSON form; teach PolicyDocumentCodec about it");
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    /** A record that is one variant of a sealed option interface, written with its {@code kind}. */
    private static boolean isVariant(Class<?> type) {
        return Arrays.stream(type.getInterfaces()).anyMatch(Class::isSealed);
    }

    /** One read of one document; collects the problems it finds. Returns null where a value could not be read. */
    private static final class Reader {

        private final List<Problem> errors;

        Reader(List<Problem> errors) {
            this.errors = errors;
        }

        Object read(JsonValue json, Type type, String path) {
            if (type instanceof ParameterizedType generic) {
                return readGeneric(json, generic, path);
            }
            Class<?> c = (Class<?>) type;
            if (c == int.class || c == Integer.class) {
                return readInt(json, path);
            }
            if (c == double.class || c == Double.class) {
                return json instanceof JsonNumber n ? n.doubleValue() : fail(path, ProblemCode.NUMBER_FOUND, json);
            }
            if (c == boolean.class || c == Boolean.class) {
                if (json == JsonValue.TRUE || json == JsonValue.FALSE) {
                    return json == JsonValue.TRUE;
                }
                return fail(path, "must be true or false", json);
            }
            if (c == String.class) {
                return json instanceof JsonString s ? s.getString() : fail(path, "must be a string", json);
            }
            if (c.isEnum()) {
                return readEnum(json, c, path);
            }
            if (c == PairwiseMatrix.class) {
                return readMatrix(json, path);
            }
            if (c.isInterface() && c.isSealed()) {
                return readVariant(json, c, path);
            }
            if (c.isRecord()) {
                return readRecord(json, c, path, Set.of());
            }
            throw new IllegalStateException("A policy option of type " + c.getName() + " cannot be read from JSON");
        }

        private Object readInt(JsonValue json, String path) {
            if (json instanceof JsonNumber n && n.isIntegral()) {
                try {
                    return n.intValueExact();
                } catch (ArithmeticException tooLarge) {
                    return fail(path, "is too large", json);
                }
            }
            return fail(path, ProblemCode.WHOLE_NUMBER_FOUND, json);
        }

        private Object readEnum(JsonValue json, Class<?> type, String path) {
            List<String> names = Arrays.stream(type.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name())
                    .toList();
            if (json instanceof JsonString s && names.contains(s.getString())) {
                return type.getEnumConstants()[names.indexOf(s.getString())];
            }
            return fail(path, "must be one of " + names, json);
        }

        private Object readMatrix(JsonValue json, String path) {
            if (!(json instanceof JsonArray rows)) {
                return fail(path, "must be a square array of number rows", json);
            }
            double[][] entries = new double[rows.size()][];
            for (int i = 0; i < rows.size(); i++) {
                if (!(rows.get(i) instanceof JsonArray row)) {
                    return fail(path + "[" + i + "]", "must be an array of numbers", rows.get(i));
                }
                entries[i] = new double[row.size()];
                for (int j = 0; j < row.size(); j++) {
                    if (!(row.get(j) instanceof JsonNumber n)) {
                        return fail(path + "[" + i + "][" + j + "]", ProblemCode.NUMBER_FOUND, row.get(j));
                    }
                    entries[i][j] = n.doubleValue();
                }
            }
            try {
                return new PairwiseMatrix(entries);
            } catch (IllegalArgumentException refused) {
                return fail(path, refused.getMessage());
            }
        }

        private Object readVariant(JsonValue json, Class<?> type, String path) {
            Map<String, Class<?>> variants = Arrays.stream(type.getPermittedSubclasses())
                    .collect(Collectors.toMap(Class::getSimpleName, v -> v, (a, b) -> a, LinkedHashMap::new));
            if (!(json instanceof JsonObject object)) {
                return fail(path, "must be an object with a \"kind\" of " + variants.keySet(), json);
            }
            JsonValue kind = object.get(KIND);
            Class<?> variant = kind instanceof JsonString s ? variants.get(s.getString()) : null;
            if (variant == null) {
                return fail(join(path, KIND), "must be one of " + variants.keySet(), kind);
            }
            return readRecord(object, variant, path, Set.of(KIND));
        }

        private Object readRecord(JsonValue json, Class<?> type, String path, Set<String> alsoAllowed) {
            if (!(json instanceof JsonObject object)) {
                return fail(path.isEmpty() ? "the document" : path, "must be an object", json);
            }
            RecordComponent[] components = type.getRecordComponents();
            List<String> known =
                    Arrays.stream(components).map(RecordComponent::getName).toList();
            for (String member : object.keySet()) {
                if (!known.contains(member) && !alsoAllowed.contains(member)) {
                    fail(join(path, member), "is not a known option here; known are " + known);
                }
            }
            int errorsBefore = errors.size();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                String at = join(path, name);
                if (object.containsKey(name) && object.get(name) != JsonValue.NULL) {
                    values[i] = read(object.get(name), components[i].getGenericType(), at);
                } else if (components[i].isAnnotationPresent(DefaultWhenMissing.class)) {
                    values[i] = defaultOf(type, components[i]);
                } else {
                    errors.add(Problem.of(at, ProblemCode.MISSING));
                }
            }
            if (errors.size() > errorsBefore) {
                return null;
            }
            return construct(type, components, values, path);
        }

        /** An option added later, for a document stored before it: the value the record's defaults() give. */
        private static Object defaultOf(Class<?> type, RecordComponent component) {
            try {
                return component.getAccessor().invoke(type.getMethod("defaults").invoke(null));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        type.getSimpleName() + "." + component.getName() + " needs a static defaults() to default from",
                        e);
            }
        }

        private Object construct(Class<?> type, RecordComponent[] components, Object[] values, String path) {
            Class<?>[] parameterTypes =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (InvocationTargetException refused) {
                Throwable cause = refused.getCause();
                if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                    return fail(path.isEmpty() ? "the document" : path, cause.getMessage());
                }
                throw new IllegalStateException("Could not build " + type.getSimpleName(), cause);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Could not build " + type.getSimpleName(), e);
            }
        }

        private Object readGeneric(JsonValue json, ParameterizedType type, String path) {
            Class<?> raw = (Class<?>) type.getRawType();
            Type[] arguments = type.getActualTypeArguments();
            if (raw == List.class) {
                if (!(json instanceof JsonArray array)) {
                    return fail(path, "must be an array", json);
                }
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < array.size(); i++) {
                    list.add(read(array.get(i), arguments[0], path + "[" + i + "]"));
                }
                return list;
            }
            if (raw == Map.class && arguments[0] instanceof Class<?> keyType && keyType.isEnum()) {
                if (!(json instanceof JsonObject object)) {
                    return fail(path, "must be an object", json);
                }
                Map<Object, Object> map = new LinkedHashMap<>();
                object.forEach((key, item) -> map.put(
                        readEnum(JSON.createValue(key), keyType, join(path, key)),
                        read(item, arguments[1], join(path, key))));
                return map;
            }
            throw new IllegalStateException("A policy option of type " + type + " cannot be read from JSON");
        }

        /** A coded problem about the value found, so pages say it in the reader's language. */
        private Object fail(String path, ProblemCode code, JsonValue found) {
            errors.add(Problem.of(path, code, found == null ? null : found.toString()));
            return null;
        }

        private Object fail(String path, String problem, JsonValue found) {
            return fail(path, problem + ", found " + (found == null ? "nothing" : found.toString()));
        }

        private Object fail(String path, String problem) {
            errors.add(Problem.of(path, ProblemCode.POLICY_OPTION, problem));
            return null;
        }

        private static String join(String path, String member) {
            return path.isEmpty() ? member : path + "." + member;
        }
    }
}
