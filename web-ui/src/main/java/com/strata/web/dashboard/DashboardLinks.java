package com.strata.web.dashboard;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each figure leads: the customers page when its filters suffice (tier, stage, churn warning), the audience
 * builder for score ranges and R × F cells. Paths are relative to the application; numbers are written plain.
 */
final class DashboardLinks {

    static final String CUSTOMERS = "/customers/list.xhtml";
    static final String AUDIENCES = "/analytics/audiences.xhtml";

    private DashboardLinks() {}

    static String customers(String... nameValues) {
        return link(CUSTOMERS, nameValues);
    }

    static String audience(String... nameValues) {
        return link(AUDIENCES, nameValues);
    }

    /** A bound written as a plain decimal ("300", "0.3"), or null to leave the filter out. */
    static String plain(Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String link(String page, String... nameValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                parameters.put(nameValues[i], nameValues[i + 1]);
            }
        }
        if (parameters.isEmpty()) {
            return page;
        }
        return page + "?"
                + parameters.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
