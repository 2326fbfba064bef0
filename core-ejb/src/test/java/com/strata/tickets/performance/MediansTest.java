package com.strata.tickets.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The agents' medians: the middle value, the lower middle one for an even count, none without values. */
class MediansTest {

    @Test
    void theMiddleValueOrTheLowerOfTheTwoMiddleOnes() {
        assertEquals(30L, Medians.of(new long[] {90, 30, 10, 0}, 3));
        assertEquals(30L, Medians.of(new long[] {90, 30, 10, 60}, 4));
        assertEquals(7L, Medians.of(new long[] {7}, 1));
        assertNull(Medians.of(new long[0], 0));
    }
}
