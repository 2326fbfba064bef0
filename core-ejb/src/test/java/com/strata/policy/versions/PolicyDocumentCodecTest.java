package com.strata.policy.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.FrequencyMeasure;
import com.strata.policy.TierLadder;
import com.strata.policy.Window;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PolicyDocumentCodecTest {

    private static final String DEFAULT_JSON = PolicyDocumentCodec.write(PolicyDocument.defaults());

    @Test
    void everyOptionSurvivesARoundTrip() {
        PolicyDocument changed = new PolicyDocument(
                ClassificationPolicy.defaults()
                        .withWindow(Window.allHistory())
                        .withFrequency(FrequencyMeasure.PURCHASES)
                        .withTiers(TierLadder.absolute(List.of("A", "B", "C"), List.of(80.0, 40.0))),
                new RunSchedule("30", "3", "*", "*", "Mon-Fri"));

        assertEquals(changed, PolicyDocumentCodec.read(PolicyDocumentCodec.write(changed)));
        assertEquals(PolicyDocument.defaults(), PolicyDocumentCodec.read(DEFAULT_JSON));
    }

    /** An answer of the REST API that holds a document. */
    public record Answer(int version, PolicyDocument document) {}

    @Test
    void jsonbWritesADocumentInTheFormUsersPost() {
        JsonObject answer = Json.createReader(
                        new StringReader(JsonbBuilder.create().toJson(new Answer(3, PolicyDocument.defaults()))))
                .readObject();

        assertEquals(3, answer.getInt("version"));
        assertEquals(
                PolicyDocument.defaults(),
                PolicyDocumentCodec.read(answer.getJsonObject("document").toString()));
    }

    @Test
    void theDefaultPolicyCreatedByMigrationIsTheEngineDefault() throws IOException {
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V3__policies_and_audit.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher document = Pattern.compile("(?s)'(\\{.*?\\})'").matcher(migration);
        assertTrue(document.find(), "V3 inserts a JSON document");

        assertEquals(
                PolicyDocument.defaults(),
                PolicyDocumentCodec.read(document.group(1).replace("''", "'")));
    }

    @Test
    void aDraftMayHoldAnInconsistentAhpMatrixWhichOnlyActivationRefuses() {
        String json = DEFAULT_JSON.replaceFirst(
                "(?s)\"dimensionJudgements\":\\s*\\[.*?\\]\\s*\\]",
                "\"dimensionJudgements\": [[1, 9, 0.1111111111], [0.1111111111, 1, 9], [9, 0.1111111111, 1]]");

        PolicyDocument draft = PolicyDocumentCodec.read(json);

        assertTrue(draft.policy().valueIndex().dimensionWeights().consistencyRatio() > 0.10);
    }

    @Test
    void everyProblemIsAFactNamedByItsPathInTheDocument() {
        String json = DEFAULT_JSON.replaceFirst("\"horizonMonths\":\\s*12", "\"horizonMonths\": \"twelve\"");

        InvalidPolicyException refused =
                assertThrows(InvalidPolicyException.class, () -> PolicyDocumentCodec.read(json));

        assertEquals("policy.clv.horizonMonths", refused.problems().get(0).field());
        assertEquals(
                "policy.clv.horizonMonths: must be a whole number, found \"twelve\"",
                refused.details().get(0));
    }

    @Test
    void aDocumentStoredBeforeTheHoldoutOptionReadsWithATwentySixWeekHoldout() {
        String stored = DEFAULT_JSON.replaceFirst(",\\s*\"holdoutWeeks\": 26", "");
        assertTrue(!stored.contains("holdoutWeeks"), stored);

        PolicyDocument read = PolicyDocumentCodec.read(stored);

        assertEquals(26, read.policy().clv().holdoutWeeks());
        assertEquals(PolicyDocument.defaults(), read);
    }

    @Test
    void aHoldoutIsSetInWeeksAndMustBeOneToOneHundredAndFour() {
        assertEquals(
                13,
                PolicyDocumentCodec.read(DEFAULT_JSON.replace("\"holdoutWeeks\": 26", "\"holdoutWeeks\": 13"))
                        .policy()
                        .clv()
                        .holdoutWeeks());

        InvalidPolicyException refused = assertThrows(
                InvalidPolicyException.class,
                () -> PolicyDocumentCodec.read(DEFAULT_JSON.replace("\"holdoutWeeks\": 26", "\"holdoutWeeks\": 0")));

        assertEquals(List.of("policy.clv: holdout must be 1 to 104 weeks, got 0"), refused.details());
    }

    @Test
    void everyProblemIsListedWithItsPath() {
        String json = DEFAULT_JSON
                .replace("\"frequency\": \"DISTINCT_DAYS\"", "\"frequency\": \"DAILY\"")
                .replaceFirst("\"horizonMonths\": 12", "\"horizonMonths\": \"twelve\"")
                .replaceFirst("\"hour\": \"2\"", "\"hour\": \"two o'clock\"")
                .replaceFirst("\"window\": \\{", "\"windw\": 3, \"window\": {");

        InvalidPolicyException refused =
                assertThrows(InvalidPolicyException.class, () -> PolicyDocumentCodec.read(json));

        assertEquals(
                List.of(
                        "policy.windw: is not a known option here; known are [window, frequency, monetary, binning, "
                                + "segmentScheme, clv, valueIndex, tiers, hysteresis, lifecycle, churn]",
                        "policy.frequency: must be one of [PURCHASES, DISTINCT_DAYS], found \"DAILY\"",
                        "policy.clv.horizonMonths: must be a whole number, found \"twelve\"",
                        "schedule: schedule hour \"two o'clock\" is not a calendar field; use numbers, lists (1,15), "
                                + "ranges (1-5), steps (*/2) or *"),
                refused.details());
    }

    @Test
    void tierSharesOverTheWholeBaseAreRefused() {
        String json =
                DEFAULT_JSON.replaceFirst("(?s)\"thresholds\":\\s*\\[.*?\\]", "\"thresholds\": [0.5, 0.3, 0.2, 0.1]");

        InvalidPolicyException refused =
                assertThrows(InvalidPolicyException.class, () -> PolicyDocumentCodec.read(json));

        assertEquals(List.of("policy.tiers: tier shares add up to 1.1, more than the whole base"), refused.details());
    }

    @Test
    void missingOptionsAndBrokenJsonAreNamed() {
        assertEquals(
                List.of("policy: is missing"),
                assertThrows(
                                InvalidPolicyException.class,
                                () -> PolicyDocumentCodec.read("{\"schedule\": {\"minute\": \"0\", \"hour\": \"2\", "
                                        + "\"dayOfMonth\": \"*\", \"month\": \"*\", \"dayOfWeek\": \"*\"}}"))
                        .details());
        assertTrue(assertThrows(InvalidPolicyException.class, () -> PolicyDocumentCodec.read("{\"policy\": "))
                .details()
                .get(0)
                .startsWith("the document: not valid JSON"));
    }
}
