package com.strata.web.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.service.ServiceChannel;
import com.strata.tickets.TicketLine;
import com.strata.tickets.TicketPage;
import com.strata.tickets.TicketPriority;
import com.strata.tickets.TicketQuery;
import com.strata.tickets.TicketReads;
import com.strata.tickets.TicketStatus;
import com.strata.tickets.TicketType;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primefaces.model.LazyDataModel;

/** The queue table reads the queue once per request: one count with its page, not a count and then a page again. */
class ServiceQueueTest {

    private static final int TICKETS = 60;

    private final List<String> reads = new ArrayList<>();

    private LazyDataModel<TicketLine> model;

    @BeforeEach
    void queue() throws ReflectiveOperationException {
        ServiceQueue queue = new ServiceQueue();
        Field field = ServiceQueue.class.getDeclaredField("reads");
        field.setAccessible(true);
        field.set(queue, new TicketReads() {
            @Override
            public TicketPage queue(TicketQuery query) {
                reads.add("page and count from " + query.first());
                return new TicketPage(lines(query), TICKETS, false);
            }

            @Override
            public List<TicketLine> queueLines(TicketQuery query) {
                reads.add("page from " + query.first());
                return lines(query);
            }
        });
        model = queue.getModel();
    }

    @Test
    void aViewAndEachPollReadThePageWithItsCountOnce() {
        for (int request = 0; request < 3; request++) {
            assertEquals(TICKETS, model.count(null));
            List<TicketLine> shown = model.load(0, 25, null, null);
            assertEquals("T-000000", shown.get(0).number());
            assertEquals(25, shown.size());
        }
        assertEquals(List.of("page and count from 0", "page and count from 0", "page and count from 0"), reads);
    }

    @Test
    void anotherPageIsReadWithoutCountingAgainAndPollsThenStayOnIt() {
        model.count(null);
        model.load(0, 25, null, null);
        reads.clear();

        assertEquals(TICKETS, model.count(null));
        List<TicketLine> second = model.load(25, 25, null, null);
        assertEquals("T-000025", second.get(0).number());
        assertEquals(List.of("page and count from 0", "page from 25"), reads);

        reads.clear();
        model.count(null);
        assertEquals("T-000025", model.load(25, 25, null, null).get(0).number());
        assertEquals(List.of("page and count from 25"), reads);
    }

    @Test
    void aLoadWithoutItsCountReadsThePage() {
        model.count(null);
        model.load(0, 25, null, null);
        reads.clear();
        assertEquals(10, model.load(50, 25, null, null).size());
        assertEquals(List.of("page from 50"), reads);
    }

    private static List<TicketLine> lines(TicketQuery query) {
        return IntStream.range(query.first(), Math.min(TICKETS, query.first() + query.size()))
                .mapToObj(i -> new TicketLine(
                        String.format("T-%06d", i),
                        "Subject " + i,
                        "C-" + i,
                        "Customer " + i,
                        "Gold",
                        TicketStatus.OPEN,
                        TicketPriority.NORMAL,
                        TicketType.REQUEST,
                        ServiceChannel.PHONE,
                        null,
                        Instant.EPOCH,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .toList();
    }
}
