package com.strata.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.strata.customer.CustomerKind;
import com.strata.scoring.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An audience's filter from URL parameters and back: every wrong value named with its value, blanks meaning "any". */
class AudienceFilterTest {

    // The ladder in its order, as callers pass it: the message lists the tiers in that order.
    private static final List<String> TIERS = List.of("Gold", "Silver");

    @Test
    void blankValuesMeanAnyAndNoParameterIsEveryone() {
        AudienceFilter filter = AudienceFilter.parse(Map.of("tier", " ", "segment", ""), TIERS);
        assertEquals(AudienceFilter.everyone(), filter);
        assertEquals("", filter.toQueryString());
    }

    @Test
    void valuesAreReadAsTheirTypes() {
        AudienceFilter filter = AudienceFilter.parse(
                Map.of(
                        "tier", "Gold",
                        "segment", "AT_RISK",
                        "kind", "PERSON",
                        "churnWarning", "true",
                        "r", "5",
                        "clvMin", "1000.50",
                        "lastPurchaseFrom", "2026-01-31"),
                TIERS);
        assertEquals("Gold", filter.tier());
        assertEquals(Segment.AT_RISK, filter.segment());
        assertEquals(CustomerKind.PERSON, filter.kind());
        assertEquals(Boolean.TRUE, filter.churnWarning());
        assertEquals(5, filter.r());
        assertEquals(new BigDecimal("1000.50"), filter.clvMin());
        assertEquals(LocalDate.of(2026, 1, 31), filter.lastPurchaseFrom());
        assertNull(filter.stage());
    }

    @Test
    void everyWrongValueIsNamedWithItsValue() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("tier", "Mithril");
        raw.put("segment", "VIP");
        raw.put("churnWarning", "yes");
        raw.put("r", "6");
        raw.put("valueMin", "abc");
        raw.put("churnMax", "1.5");
        raw.put("firstSeenFrom", "31/01/2026");
        raw.put("colour", "red");
        InvalidAudienceException refused =
                assertThrows(InvalidAudienceException.class, () -> AudienceFilter.parse(raw, TIERS));
        assertEquals(
                List.of(
                        "colour: not a filter of an audience; use " + String.join(", ", AudienceFilter.NAMES),
                        "tier: must be one of Gold, Silver, found \"Mithril\"",
                        "segment: must be one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(Segment.values())
                                                .map(Enum::name)
                                                .toList()) + ", found \"VIP\"",
                        "churnWarning: must be true or false, found \"yes\"",
                        "r: must be a whole number from 1 to 5, found \"6\"",
                        "valueMin: must be a number with a decimal point, found \"abc\"",
                        "churnMax: must be from 0 to 1, found \"1.5\"",
                        "firstSeenFrom: must be a date as yyyy-MM-dd, found \"31/01/2026\""),
                refused.details().stream().sorted((a, b) -> order(a) - order(b)).toList());
    }

    @Test
    void aRangeTheWrongWayRoundIsRefused() {
        InvalidAudienceException refused = assertThrows(
                InvalidAudienceException.class,
                () -> AudienceFilter.parse(Map.of("clvMin", "500", "clvMax", "100"), TIERS));
        assertEquals(List.of("clvMax: must not be below clvMin (500), found 100"), refused.details());
    }

    @Test
    void theQueryStringGivesBackTheSameFilter() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("tier", "Gold");
        raw.put("region", "上海 & 周边");
        raw.put("valueMin", "12.5");
        raw.put("firstSeenTo", "2025-12-31");
        AudienceFilter filter = AudienceFilter.parse(raw, TIERS);
        assertEquals(raw, filter.toParameters());
        assertEquals(filter, AudienceFilter.fromQueryString(filter.toQueryString(), TIERS));
    }

    /** The refusal lists the unknown names first, then the filters in their order. */
    private static int order(String detail) {
        String name = detail.substring(0, detail.indexOf(':'));
        int known = AudienceFilter.NAMES.indexOf(name);
        return known < 0 ? -1 : known;
    }
}
