package com.strata.web.runs;

import static com.strata.system.JsonProcessing.JSON;

import com.strata.runs.RunSummary;
import com.strata.web.charts.ChartConfig;
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
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder customers = JSON.createArrayBuilder();
        JsonArrayBuilder revenue = JSON.createArrayBuilder();
        for (RunSummary.TierTotal tier : tiers) {
            labels.add(tierName.apply(tier.tier()));
            customers.add(tier.customers());
            revenue.add(tier.revenue());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(dataset(customersLabel, customers, CUSTOMERS_COLOUR, "customers"))
                .add(dataset(revenueLabel, revenue, REVENUE_COLOUR, "revenue"));
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("customers", ChartConfig.axis(customersLabel, "left"))
                .add(
                        "revenue",
                        ChartConfig.axis(revenueLabel, "right")
                                .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false)));
        return ChartConfig.chart("bar", labels, datasets, scales);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, String axis) {
        return ChartConfig.bar(label, data, colour).add("yAxisID", axis);
    }
}
