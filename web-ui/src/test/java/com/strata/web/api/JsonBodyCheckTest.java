package com.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonBodyCheckTest {

    @Test
    void anOrdinaryBodyWithTabsAndLineBreaksInItsTextPasses() {
        assertEquals(
                Optional.empty(),
                check(
                        "{\"reasonText\":\"first line\\nsecond\\tline, 中文\",\"tiers\":[\"Gold\",{\"a\":[1,true,null]}]}"));
    }

    @Test
    void aNulOrOtherControlCharacterIsRefusedNamingTheMember() {
        ApiError nul =
                check("{\"customerCode\":\"C1\",\"reasonText\":\"ab\\u0000c\"}").orElseThrow();
        assertEquals(400, nul.status());
        assertEquals("INVALID_REQUEST", nul.code());
        assertEquals(
                List.of("reasonText: holds the control character U+0000 at character 3 (shown as \u2400); remove it"),
                nul.details());

        ApiError bell = check("{\"names\":[\"ok\",\"\\u0007\"]}").orElseThrow();
        assertTrue(bell.details().get(0).startsWith("names: holds the control character U+0007 at character 1"));
    }

    @Test
    void aBodyNestedTenThousandLevelsDeepIsMalformedWithoutExhaustingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        ApiError error = check(deep).orElseThrow();

        assertEquals("MALFORMED_BODY", error.code());
        assertTrue(error.message().contains("nested deeper than 64 levels"), error.message());
    }

    @Test
    void brokenJsonIsLeftToTheCallWhichSaysWhatIsWrongAsItAlwaysHas() {
        assertEquals(Optional.empty(), check("{\"mode\":\"PREVIEW\""));
        assertEquals(Optional.empty(), check("{\"mode\":PREVIEW}"));
        assertEquals(Optional.empty(), check("1"));
    }

    private static Optional<ApiError> check(String body) {
        return JsonBodyCheck.problem(body.getBytes(StandardCharsets.UTF_8));
    }
}
