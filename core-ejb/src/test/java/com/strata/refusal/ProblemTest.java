package com.strata.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.service.InvalidTierPolicyException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem's English sentence is what the API answers; a refusal keeps both the sentences and the facts. */
class ProblemTest {

    @Test
    void theEnglishSentenceNamesTheFieldAndEveryValueAsGiven() {
        assertEquals(
                "expiresOn: must be at most 12 months ahead (2027-03-15 at the latest), found 2027-03-16",
                Problem.of(
                                "expiresOn",
                                ProblemCode.AT_MOST_MONTHS_AHEAD,
                                12,
                                LocalDate.of(2027, 3, 15),
                                LocalDate.of(2027, 3, 16))
                        .english());
        assertEquals(
                "reasonText: must be at most 1000 characters, found 12000",
                Problem.of("reasonText", ProblemCode.MUST_BE_AT_MOST_CHARACTERS, 1000, 12000)
                        .english(),
                "numbers without grouping");
        assertEquals(
                "owningRole: must be one of ADMIN, got nothing",
                Problem.of("owningRole", ProblemCode.ONE_OF_GOT, "ADMIN", null).english());
    }

    @Test
    void aRefusalCarriesTheProblemsAndTheirEnglishDetails() {
        List<Problem> problems = List.of(
                Problem.of("dedicatedManager", ProblemCode.YES_OR_NO),
                Problem.of("discountPercent", ProblemCode.PERCENT, "120"));
        InvalidTierPolicyException refused = new InvalidTierPolicyException("Gold", problems);
        assertEquals(problems, refused.problems());
        assertEquals(
                List.of("dedicatedManager: say yes or no", "discountPercent: must be between 0 and 100, got 120"),
                refused.details());
        assertEquals(
                "The service policy of Gold was not changed: dedicatedManager: say yes or no; "
                        + "discountPercent: must be between 0 and 100, got 120",
                refused.getMessage());
    }
}
