package com.strata.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodCallELResolverTest {

    /** What a view calls: one method per name and count, an overload, and one that fails. */
    public static class TierLabels {
        private final String prefix;

        public TierLabels(String prefix) {
            this.prefix = prefix;
        }

        public String of(String tier, int rank) {
            return prefix + tier + "#" + rank;
        }

        public String overloaded(String tier) {
            return tier;
        }

        public String overloaded(Integer rank) {
            return String.valueOf(rank);
        }

        public String failing(String tier) {
            throw new IllegalArgumentException("no tier " + tier);
        }
    }

    private final MethodCallELResolver resolver = new MethodCallELResolver();

    @Test
    void callsTheOneMethodOfThatNameAndCountWithItsArgumentsCoerced() {
        ELContext context = new TestELContext();

        assertEquals(
                "Tier Gold#3",
                resolver.invoke(context, new TierLabels("Tier "), "of", null, new Object[] {"Gold", 3L}));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void theMethodFoundOnceServesEveryObjectOfTheClass() {
        resolver.invoke(new TestELContext(), new TierLabels("A "), "of", null, new Object[] {"Gold", 1L});

        assertEquals(
                "B Silver#2",
                resolver.invoke(new TestELContext(), new TierLabels("B "), "of", null, new Object[] {"Silver", 2L}));
    }

    @Test
    void leavesOverloadsDeclaredParameterTypesAndHiddenClassesToTheNextResolver() {
        ELContext context = new TestELContext();

        assertNull(resolver.invoke(context, new TierLabels(""), "overloaded", null, new Object[] {"Gold"}));
        assertNull(resolver.invoke(
                context, new TierLabels(""), "of", new Class<?>[] {String.class, int.class}, new Object[] {"Gold", 1}));
        assertNull(resolver.invoke(
                context, Collections.unmodifiableMap(Map.of("k", "v")), "get", null, new Object[] {"k"}));
        assertNull(resolver.invoke(context, new TierLabels(""), "missing", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aFailingMethodsExceptionReachesTheViewAsTheCause() {
        ELException thrown = assertThrows(
                ELException.class,
                () -> resolver.invoke(new TestELContext(), new TierLabels(""), "failing", null, new Object[] {"Tin"}));

        assertSame(IllegalArgumentException.class, thrown.getCause().getClass());
        assertEquals("no tier Tin", thrown.getCause().getMessage());
    }
}
