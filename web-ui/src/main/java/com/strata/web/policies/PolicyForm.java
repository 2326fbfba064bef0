package com.strata.web.policies;

import static com.strata.system.JsonProcessing.JSON;

import com.strata.policy.PairwiseMatrix;
import com.strata.policy.versions.PolicyDocument;
import com.strata.policy.versions.PolicyDocumentCodec;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The policy editor's form: every option of a policy document as text, keyed by its path in the document form
 * ({@code policy.clv.horizonMonths}), so the page binds each input to its path and the codec's problems, named by
 * path, land on the input they are about. {@link #document()} writes the JSON the REST API would receive and reads it
 * with the same codec, so the editor refuses exactly what the API refuses.
 *
 * <p>The AHP matrix is entered above the diagonal only; the rest follows. The window and the RFM binning each come
 * in two kinds; the form keeps the options of both so switching kinds loses nothing.
 */
public class PolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String WINDOW = "policy.window";
    static final String BINNING = "policy.binning";
    static final String MATRIX = "policy.valueIndex.dimensionJudgements";
    private static final List<String> CUTOFFS = List.of("recencyDays", "frequency", "monetary");
    private static final Map<String, List<String>> DEFAULT_CUTOFFS = Map.of(
            "recencyDays", List.of("30", "90", "180", "365"),
            "frequency", List.of("1", "2", "4", "8"),
            "monetary", List.of("100", "500", "1000", "5000"));
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /** The document the form started from, as JSON: the shape (arrays' lengths, each leaf's type) to write back. */
    private final String template;

    private final Map<String, String> values = new LinkedHashMap<>();

    public PolicyForm(PolicyDocument document) {
        template = PolicyDocumentCodec.write(document);
        flatten(root(), "", values);
        values.putIfAbsent(WINDOW + ".months", "12");
        for (String dimension : CUTOFFS) {
            for (int i = 0; i < 4; i++) {
                values.putIfAbsent(
                        BINNING + "." + dimension + "[" + i + "]",
                        DEFAULT_CUTOFFS.get(dimension).get(i));
            }
        }
    }

    /** Every option by path; the page reads and writes them. */
    public Map<String, String> getValues() {
        return values;
    }

    public String get(String path) {
        return values.get(path);
    }

    public void set(String path, String value) {
        values.put(path, value);
    }

    /** How many tiers the ladder has (the form keeps its length). */
    public int getTierCount() {
        return root().asJsonObject()
                .getJsonObject("policy")
                .getJsonObject("tiers")
                .getJsonArray("tiers")
                .size();
    }

    /** The document the form holds; an {@code InvalidPolicyException} lists every problem by its path. */
    public PolicyDocument document() {
        return PolicyDocumentCodec.read(json());
    }

    /** The form as the JSON document the REST API takes. */
    public String json() {
        return build(root(), "").toString();
    }

    /**
     * The AHP matrix from the judgements above the diagonal, or null while one of them is not a positive number
     * (the page then shows no weights, and the codec names the entry).
     */
    public PairwiseMatrix matrix() {
        int n = root().asJsonObject()
                .getJsonObject("policy")
                .getJsonObject("valueIndex")
                .getJsonArray("dimensionJudgements")
                .size();
        double[][] upper = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String text = values.get(entry(i, j));
                if (text == null || !NUMBER.matcher(text.strip()).matches()) {
                    return null;
                }
                upper[i][j] = Double.parseDouble(text.strip());
            }
        }
        try {
            return PairwiseMatrix.fromUpperTriangle(upper);
        } catch (IllegalArgumentException notPositive) {
            return null;
        }
    }

    static String entry(int row, int column) {
        return MATRIX + "[" + row + "][" + column + "]";
    }

    private JsonValue root() {
        return JSON.createReader(new StringReader(template)).readValue();
    }

    private JsonValue build(JsonValue shape, String path) {
        if (path.equals(WINDOW)) {
            return variant(path, "Rolling".equals(values.get(path + ".kind")) ? List.of("months") : List.of());
        }
        if (path.equals(BINNING)) {
            return variant(path, "FixedCutoffs".equals(values.get(path + ".kind")) ? CUTOFFS : List.of());
        }
        if (path.equals(MATRIX)) {
            return matrixJson(shape.asJsonArray().size());
        }
        if (shape instanceof JsonObject object) {
            JsonObjectBuilder out = JSON.createObjectBuilder();
            object.forEach((member, item) -> out.add(member, build(item, join(path, member))));
            return out.build();
        }
        if (shape instanceof JsonArray array) {
            JsonArrayBuilder out = JSON.createArrayBuilder();
            for (int i = 0; i < array.size(); i++) {
                out.add(build(array.get(i), path + "[" + i + "]"));
            }
            return out.build();
        }
        return leaf(values.get(path), shape);
    }

    private JsonValue variant(String path, List<String> members) {
        JsonObjectBuilder out = JSON.createObjectBuilder().add("kind", values.get(path + ".kind"));
        for (String member : members) {
            if (member.equals("months")) {
                out.add(member, number(values.get(path + "." + member)));
            } else {
                JsonArrayBuilder list = JSON.createArrayBuilder();
                for (int i = 0; i < 4; i++) {
                    list.add(number(values.get(path + "." + member + "[" + i + "]")));
                }
                out.add(member, list);
            }
        }
        return out.build();
    }

    private JsonValue matrixJson(int n) {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            JsonArrayBuilder row = JSON.createArrayBuilder();
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    row.add(1);
                } else if (i < j) {
                    row.add(number(values.get(entry(i, j))));
                } else {
                    row.add(reciprocal(values.get(entry(j, i))));
                }
            }
            rows.add(row);
        }
        return rows.build();
    }

    /** Below the diagonal: 1 / the mirror entry, or the mirror's own text so the codec names what is wrong there. */
    private static JsonValue reciprocal(String mirror) {
        JsonValue value = number(mirror);
        if (value instanceof JsonNumber n && n.doubleValue() > 0) {
            return JSON.createValue(1 / n.doubleValue());
        }
        return value;
    }

    private static JsonValue leaf(String text, JsonValue shape) {
        if (shape instanceof JsonNumber) {
            return number(text);
        }
        if (shape == JsonValue.TRUE || shape == JsonValue.FALSE) {
            if ("true".equals(text)) {
                return JsonValue.TRUE;
            }
            return "false".equals(text) ? JsonValue.FALSE : stringOrNull(text);
        }
        return stringOrNull(text);
    }

    /** A number as typed; anything else stays text so the codec says "must be a number, found ...". */
    private static JsonValue number(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.NULL;
        }
        String trimmed = text.strip();
        return NUMBER.matcher(trimmed).matches()
                ? JSON.createValue(new BigDecimal(trimmed))
                : JSON.createValue(trimmed);
    }

    private static JsonValue stringOrNull(String text) {
        return text == null || text.isBlank() ? JsonValue.NULL : JSON.createValue(text.strip());
    }

    private static void flatten(JsonValue value, String path, Map<String, String> leaves) {
        if (value instanceof JsonObject object) {
            object.forEach((member, item) -> flatten(item, join(path, member), leaves));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                flatten(array.get(i), path + "[" + i + "]", leaves);
            }
        } else if (value instanceof JsonString string) {
            leaves.put(path, string.getString());
        } else {
            leaves.put(path, plain(value));
        }
    }

    /** Numbers as a person writes them: 12, not 12.0; 0.333... shortened to what a form shows. */
    private static String plain(JsonValue value) {
        if (value instanceof JsonNumber n) {
            BigDecimal decimal = n.bigDecimalValue().stripTrailingZeros();
            if (decimal.scale() > 6) {
                decimal = decimal.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            }
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }
}
