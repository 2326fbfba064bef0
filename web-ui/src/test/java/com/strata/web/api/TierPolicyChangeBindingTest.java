package com.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.strata.service.ServiceChannel;
import com.strata.service.TierServicePolicyChange;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A tier policy body as {@code PUT /tier-policies/{tier}} binds it: members by name, and nothing it does not know. */
class TierPolicyChangeBindingTest {

    private static final String GOLD =
            "\"displayNameEn\":\"Gold\",\"displayNameZh\":\"黄金\",\"badgeColour\":\"#B8860B\","
                    + "\"dedicatedManager\":false,\"firstResponseHours\":4,\"resolutionHours\":24,\"discountPercent\":5.5,"
                    + "\"serviceChannels\":[\"PHONE\",\"IN_PERSON\"],\"owningRole\":\"ACCOUNT_MANAGER\"";

    private final Jsonb jsonb = new StrictJsonBinding().getContext(TierServicePolicyChange.class);

    @Test
    void aChangeIsBoundMemberByMemberAndNoCadenceIsNull() {
        assertEquals(
                new TierServicePolicyChange(
                        "Gold",
                        "黄金",
                        "#B8860B",
                        false,
                        4,
                        24,
                        45,
                        new BigDecimal("5.5"),
                        EnumSet.of(ServiceChannel.PHONE, ServiceChannel.IN_PERSON),
                        "ACCOUNT_MANAGER",
                        7L),
                jsonb.fromJson("{" + GOLD + ",\"followUpDays\":45,\"version\":7}", TierServicePolicyChange.class));
        assertEquals(
                null,
                jsonb.fromJson("{" + GOLD + "}", TierServicePolicyChange.class).followUpDays());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ",\"followUpDay\":30",
                ",\"followUpDays\":\"monthly\"",
                ",\"serviceChannels\":[\"FAX\"]",
            })
    void anUnknownMemberAWrongTypeOrAnUnknownChannelIsRefused(String extra) {
        String body = "{" + GOLD.replace(",\"serviceChannels\":[\"PHONE\",\"IN_PERSON\"]", "") + extra
                + (extra.contains("serviceChannels") ? "" : ",\"serviceChannels\":[\"PHONE\"]") + "}";
        assertThrows(JsonbException.class, () -> jsonb.fromJson(body, TierServicePolicyChange.class));
    }
}
