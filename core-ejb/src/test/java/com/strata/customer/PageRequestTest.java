package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds of a page of a customer's purchases or interactions, and reading them from query parameters. */
class PageRequestTest {

    @Test
    void missingParametersTakeTheFirstPageOfTheDefaultSize() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.parse(null, null));
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.parse("", " "));
        assertEquals(new PageRequest(40, 20), PageRequest.parse("40", "20"));
    }

    @Test
    void theBoundsAreInclusive() {
        assertEquals(new PageRequest(0, 1), PageRequest.parse("0", "1"));
        assertEquals(new PageRequest(0, PageRequest.MAX_SIZE), PageRequest.parse("0", "100"));
    }

    @Test
    void eachValueOutOfRangeIsNamed() {
        InvalidPageException refused = assertThrows(InvalidPageException.class, () -> PageRequest.parse("-1", "101"));

        assertEquals(400, refused.kind().httpStatus());
        assertEquals("INVALID_REQUEST", refused.code());
        assertEquals(
                List.of("first: must be 0 or more, got -1", "size: must be between 1 and 100, got 101"),
                refused.details());
        assertEquals(
                List.of("size: must be between 1 and 100, got 0"),
                assertThrows(InvalidPageException.class, () -> new PageRequest(0, 0))
                        .details());
    }

    @Test
    void aValueThatIsNotAWholeNumberIsNamedWithWhatWasSent() {
        InvalidPageException refused = assertThrows(InvalidPageException.class, () -> PageRequest.parse("ten", "2.5"));

        assertEquals(
                List.of("first: must be a whole number, got 'ten'", "size: must be a whole number, got '2.5'"),
                refused.details());
    }

    @Test
    void aHistoryShowsOneToSixtyRuns() {
        ScoreHistories.checkRuns(1);
        ScoreHistories.checkRuns(ScoreHistories.MAX_RUNS);
        assertEquals(
                List.of("runs: must be between 1 and 60, got 61"),
                assertThrows(InvalidPageException.class, () -> ScoreHistories.checkRuns(61))
                        .details());
        assertThrows(InvalidPageException.class, () -> ScoreHistories.checkRuns(0));
    }
}
