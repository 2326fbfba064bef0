package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The filter lists are read once per run, by one caller, while the others are served the lists they had. */
class CustomerFacetsTest {

    private final CustomerFacets facets = new CustomerFacets();
    private final ExecutorService callers = Executors.newFixedThreadPool(4);
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    private static CustomerFacets.Facets listsOf(long runId) {
        return new CustomerFacets.Facets(runId, List.of("VIP-" + runId), List.of("East"), List.of("Retail"));
    }

    private CustomerFacets.Facets counted(long runId) {
        reads.incrementAndGet();
        return listsOf(runId);
    }

    /** A reader that reads only once released, as a slow scan of the base would. */
    private CustomerFacets.Reader heldUntil(CountDownLatch started, CountDownLatch release) {
        return runId -> {
            started.countDown();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new SQLException("the test never released the reader");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException(e);
            }
            return counted(runId);
        };
    }

    @Test
    void aRunsListsAreReadOnceAndKept() {
        CustomerFacets.Facets first = facets.of(7, this::counted);

        assertSame(first, facets.of(7, this::counted));
        assertEquals(List.of("VIP-7"), first.segments());
        assertEquals(1, reads.get());
    }

    @Test
    void aNewRunsListsAreReadAgain() {
        facets.of(7, this::counted);

        assertEquals(List.of("VIP-8"), facets.of(8, this::counted).segments());
        assertEquals(2, reads.get());
    }

    @Test
    void whileANewRunsListsAreReadOtherCallersGetTheRunBefore() throws Exception {
        facets.of(7, this::counted);
        CountDownLatch readerStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<CustomerFacets.Facets> slow = callers.submit(() -> facets.of(8, heldUntil(readerStarted, release)));
        assertTrue(readerStarted.await(10, TimeUnit.SECONDS));

        CustomerFacets.Facets meanwhile =
                callers.submit(() -> facets.of(8, this::counted)).get(10, TimeUnit.SECONDS);

        assertEquals(7, meanwhile.runId());
        release.countDown();
        assertEquals(8, slow.get(10, TimeUnit.SECONDS).runId());
        assertEquals(8, facets.of(8, this::counted).runId());
        assertEquals(2, reads.get());
    }

    @Test
    void withNothingKeptCallersWaitForTheOneReaderInsteadOfReadingThemselves() throws Exception {
        CountDownLatch readerStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<CustomerFacets.Facets> first = callers.submit(() -> facets.of(7, heldUntil(readerStarted, release)));
        assertTrue(readerStarted.await(10, TimeUnit.SECONDS));
        Future<CustomerFacets.Facets> second = callers.submit(() -> facets.of(7, this::counted));
        Thread.sleep(200);
        assertFalse(second.isDone());

        release.countDown();

        assertSame(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
        assertEquals(1, reads.get());
    }

    @Test
    void aFailedReadKeepsTheListsBeforeAndLetsTheNextCallerTryAgain() {
        facets.of(7, this::counted);

        assertThrows(
                IllegalStateException.class,
                () -> facets.of(8, runId -> {
                    throw new SQLException("connection reset");
                }));

        assertEquals(8, facets.of(8, this::counted).runId());
    }
}
