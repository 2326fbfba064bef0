package com.strata.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Badge(String tier, int rank) {}

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordComponentAsAProperty() {
        ELContext context = new TestELContext();

        assertEquals("Gold", resolver.getValue(context, new Badge("Gold", 3), "tier"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void leavesOtherObjectsAndUnknownComponentsToTheNextResolver() {
        ELContext context = new TestELContext();

        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, new Badge("Gold", 3), "colour"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void refusesToWriteARecordComponent() {
        ELContext context = new TestELContext();

        assertTrue(resolver.isReadOnly(context, new Badge("Gold", 3), "rank"));
        assertThrows(
                PropertyNotWritableException.class, () -> resolver.setValue(context, new Badge("Gold", 3), "rank", 1));
    }
}
