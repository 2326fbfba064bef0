package com.strata.web.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChartConfigTest {

    private static final String HOSTILE = "</script><img src=x onerror=alert(1)> & Co";

    @Test
    void aLabelCannotEndThePagesInlineScript() {
        String config = ChartConfig.chart(
                "bar", Json.createArrayBuilder().add(HOSTILE), Json.createArrayBuilder(), ChartConfig.xy(HOSTILE, "y"));

        assertFalse(config.contains("<") || config.contains(">") || config.contains("&"), config);
        JsonObject read = Json.createReader(new StringReader(config)).readObject();
        assertEquals(
                HOSTILE, read.getJsonObject("data").getJsonArray("labels").getString(0), "the same text for Chart.js");
    }
}
