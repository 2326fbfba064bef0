package com.strata.web.runs;

import com.strata.runs.RunSummary;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Chart.js configuration of the tier chart ({@code p:chart} takes it as JSON): customers and revenue per tier as
 * bars, each on its own axis because revenue is thousands of times the customer count.
 */
final class TierChart {

    private static final String CUSTOMERS_COLOUR = "#1f3a5f";
    private static final String REVENUE_COLOUR = "#f59e0b";

    private TierChart() {}

    static String config(
            List<RunSummary.TierTotal> tiers,
            UnaryOperator<String> tierName,
            String customersLabel,
            String revenueLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder customers = Json.createArrayBuilder();
        JsonArrayBuilder revenue = Json.createArrayBuilder();
        for (RunSummary.TierTotal tier : tiers) {
            labels.add(tierName.apply(tier.tier()));
            customers.add(tier.customers());
            revenue.add(tier.revenue());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(customersLabel, customers, CUSTOMERS_COLOUR, "customers"))
                .add(dataset(revenueLabel, revenue, REVENUE_COLOUR, "revenue"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("customers", axis(customersLabel, "left"))
                .add(
                        "revenue",
                        axis(revenueLabel, "right")
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add("scales", scales))
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, String axis) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", colour)
                .add("yAxisID", axis);
    }

    private static JsonObjectBuilder axis(String title, String position) {
        return Json.createObjectBuilder()
                .add("type", "linear")
                .add("position", position)
                .add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }
}
