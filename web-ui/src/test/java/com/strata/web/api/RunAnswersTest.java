package com.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.strata.runs.RunDetail;
import com.strata.runs.RunMode;
import com.strata.runs.RunStatus;
import com.strata.runs.RunSummary;
import com.strata.runs.RunView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runs API answers records through JSON-B; these are the members its clients read. */
class RunAnswersTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final RunView FAILED = new RunView(
            7,
            RunMode.APPLY,
            RunStatus.FAILED,
            2,
            LocalDate.of(2026, 6, 30),
            "admin",
            LocalDateTime.of(2026, 7, 1, 2, 0),
            LocalDateTime.of(2026, 7, 1, 2, 3),
            180_000,
            5000,
            2500,
            0,
            "Restart drill");

    @Test
    void aRunAnswerCarriesItsProgress() {
        JsonObject run = json(JSONB.toJson(FAILED));

        assertEquals(50, run.getInt("percent"));
        assertEquals("FAILED", run.getString("status"));
        assertEquals("Restart drill", run.getString("failure"));
    }

    @Test
    void aRunWithItsSummaryHasEveryMemberOfARunAnswerAndTheSummary() {
        RunSummary summary = new RunSummary(
                List.of(new RunSummary.TierTotal("Gold", 1, 10.0)),
                List.of(),
                List.of(),
                new RunSummary.MigrationMatrix(List.of(RunSummary.NO_TIER), List.of("Gold"), List.of(List.of(1L))),
                1,
                0,
                0);
        JsonObject run = json(JSONB.toJson(FAILED));

        JsonObject detail = json(JSONB.toJson(RunWithSummary.of(new RunDetail(FAILED, summary, null))));

        Set<String> expected = new HashSet<>(run.keySet());
        expected.add("summary");
        assertEquals(expected, detail.keySet());
        run.forEach((member, value) -> assertEquals(value, detail.get(member), member));
        assertEquals(1, detail.getJsonObject("summary").getInt("tierChanges"));
    }

    @Test
    void whatARunHasNotProducedYetIsAbsent() {
        JsonObject detail = json(JSONB.toJson(RunWithSummary.of(new RunDetail(FAILED, null, null))));
        JsonObject diagnostics = json(JSONB.toJson(new RunResource.Diagnostics(7, 2, null)));

        assertFalse(detail.containsKey("summary"), detail.toString());
        assertEquals(7, detail.getInt("id"));
        assertEquals(Set.of("runId", "policyVersion"), diagnostics.keySet());
    }

    private static JsonObject json(String answer) {
        return Json.createReader(new StringReader(answer)).readObject();
    }
}
