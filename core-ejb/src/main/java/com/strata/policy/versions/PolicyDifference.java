package com.strata.policy.versions;

import static com.strata.system.JsonProcessing.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two policy documents side by side, option by option: each leaf of the document form ({@link PolicyDocumentCodec})
 * is one row named by its path ({@code policy.tiers.thresholds[1]}), so every option is compared without a list of
 * options to keep in step. A value only one side has (a longer tier ladder, another window kind) shows as missing on
 * the other.
 */
public final class PolicyDifference {

    private PolicyDifference() {}

    /** One option on both sides; a side is null where that document has no such option. */
    public record Row(String path, String left, String right) {

        public boolean changed() {
            return left == null ? right != null : !left.equals(right);
        }
    }

    /** Every option of either document, in the left document's order, then those only the right one has. */
    public static List<Row> between(PolicyDocument left, PolicyDocument right) {
        Map<String, String> a = flatten(left);
        Map<String, String> b = flatten(right);
        List<Row> rows = new ArrayList<>();
        a.forEach((path, value) -> rows.add(new Row(path, value, b.get(path))));
        b.forEach((path, value) -> {
            if (!a.containsKey(path)) {
                rows.add(new Row(path, null, value));
            }
        });
        return rows;
    }

    /** Only the options that differ. */
    public static List<Row> changes(PolicyDocument left, PolicyDocument right) {
        return between(left, right).stream().filter(Row::changed).toList();
    }

    static Map<String, String> flatten(PolicyDocument document) {
        JsonValue root = JSON.createReader(new StringReader(PolicyDocumentCodec.write(document)))
                .readValue();
        Map<String, String> leaves = new LinkedHashMap<>();
        flatten(root, "", leaves);
        return leaves;
    }

    private static void flatten(JsonValue value, String path, Map<String, String> leaves) {
        if (value instanceof JsonObject object) {
            object.forEach((member, item) -> flatten(item, path.isEmpty() ? member : path + "." + member, leaves));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                flatten(array.get(i), path + "[" + i + "]", leaves);
            }
        } else if (value instanceof JsonString string) {
            leaves.put(path, string.getString());
        } else {
            leaves.put(path, value.toString());
        }
    }
}
