package com.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.strata.runs.RunMode;
import com.strata.runs.RunRequest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run request body as the API binds it: members by name, and nothing it does not know. */
class RunRequestBindingTest {

    private final Jsonb jsonb = new StrictJsonBinding().getContext(RunRequest.class);

    @Test
    void aCompleteRequestIsBoundMemberByMember() {
        assertEquals(
                new RunRequest(RunMode.APPLY, LocalDate.of(2025, 3, 1), 2, 100),
                jsonb.fromJson(
                        "{\"mode\":\"APPLY\",\"asOf\":\"2025-03-01\",\"policyVersion\":2,\"failAfterCustomers\":100}",
                        RunRequest.class));
        assertEquals(
                new RunRequest(RunMode.PREVIEW, null, null, null),
                jsonb.fromJson("{\"mode\":\"PREVIEW\"}", RunRequest.class));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"mode\":\"PREVIEW\",\"policyVersoin\":2}",
                "{\"mode\":\"PREVIEW\",\"policyVersion\":\"x\"}",
                "{\"mode\":\"PREVIEW\",\"asOf\":\"yesterday\"}",
                "{\"mode\":\"SOMETIMES\"}",
                "{\"mode\":\"PREVIEW\"",
                "[\"PREVIEW\"]"
            })
    void anUnknownMemberAWrongTypeOrBrokenJsonIsRefused(String body) {
        assertThrows(JsonbException.class, () -> jsonb.fromJson(body, RunRequest.class));
    }
}
