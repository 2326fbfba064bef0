package com.strata.web.charts;

import static com.strata.system.JsonProcessing.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Builds Chart.js configurations the way every Strata chart draws: responsive to its container's height, without
 * animation (pages poll and screenshots must not catch a chart mid-way), axes titled.
 */
public final class ChartConfig {

    private ChartConfig() {}

    /** The configuration of a chart of {@code type} ("line", "bar") over {@code labels}, as JSON. */
    public static String chart(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        return scriptSafe(JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add("scales", scales))
                .build());
    }

    /** A bar chart whose bars run across, one per label from the top: funnels and ranked lists. */
    public static String horizontalBars(JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        return scriptSafe(JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add("scales", scales))
                .build());
    }

    /**
     * The configuration as JSON that is safe inside the page's inline script: PrimeFaces writes it there as it is, and
     * a label holding {@code </script>} (a tier or agent name) would end the script early. The escapes mean the same
     * characters to Chart.js.
     */
    static String scriptSafe(JsonObject config) {
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** Scales with a titled x axis and a titled y axis from zero. */
    public static JsonObjectBuilder xy(String x, String y) {
        return JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("title", title(x)))
                .add("y", JSON.createObjectBuilder().add("beginAtZero", true).add("title", title(y)));
    }

    /** A linear axis from zero on the chart's {@code position} side ("left", "right"), titled. */
    public static JsonObjectBuilder axis(String title, String position) {
        return JSON.createObjectBuilder()
                .add("type", "linear")
                .add("position", position)
                .add("beginAtZero", true)
                .add("title", title(title));
    }

    public static JsonObjectBuilder title(String text) {
        return JSON.createObjectBuilder().add("display", true).add("text", text);
    }

    /** A line of points, dashed or solid. */
    public static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, boolean dashed) {
        JsonObjectBuilder line = JSON.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("pointRadius", 0)
                .add("borderWidth", 2);
        if (dashed) {
            line.add("borderDash", JSON.createArrayBuilder().add(6).add(4));
        }
        return line;
    }

    public static JsonObjectBuilder bar(String label, JsonArrayBuilder data, String colour) {
        return JSON.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }
}
