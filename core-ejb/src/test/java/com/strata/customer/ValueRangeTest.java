package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValueRangeTest {

    private static final Pattern BOUND = Pattern.compile("CAST\\('([^']*)' AS DOUBLE PRECISION\\)");

    @Test
    void theConditionWritesBothBoundsSoThatTheyReadBackExactly() {
        ValueRange range = new ValueRange(72.5195429486806, Math.nextUp(85.09899533845235));
        Matcher bound = BOUND.matcher(range.condition());
        assertTrue(bound.find());
        assertEquals(range.lowest(), Double.parseDouble(bound.group(1)));
        assertTrue(bound.find());
        assertEquals(range.highest(), Double.parseDouble(bound.group(1)));
        assertTrue(range.condition().contains("s.value_index BETWEEN"));
    }

    @Test
    void aRangeOfNoCustomerIsEmptyAndNotWalked() {
        assertTrue(ValueRange.NONE.isEmpty());
        assertFalse(new ValueRange(3, 3).isEmpty(), "one value");
        assertThrows(IllegalStateException.class, ValueRange.NONE::condition);
        assertThrows(IllegalArgumentException.class, () -> new ValueRange(Double.NaN, 1));
    }
}
