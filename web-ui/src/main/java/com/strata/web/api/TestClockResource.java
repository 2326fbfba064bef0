package com.strata.web.api;

import com.strata.system.BusinessClock;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/test-clock}: reads the business clock; on a server started with {@code -Dstrata.test-clock=true} an
 * administrator may move it (tests let a task fall overdue or an override expire without waiting). Elsewhere a move
 * answers 404 {@code TEST_CLOCK_OFF}.
 */
@Tag(name = "Business clock", description = "The time business rules read; movable only on test servers")
@Path("test-clock")
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    @Inject
    private BusinessClock clock;

    /** What the business clock reads now. */
    public record ClockReading(Instant now, LocalDate today, boolean movable) {}

    /** Where to move the business clock to. */
    public record ClockMove(
            @NotNull(message = "say where to move the clock, e.g. {\"now\":\"2027-01-04T09:00:00Z\"}")
            Instant now) {}

    @Operation(summary = "What the business clock reads now")
    @GET
    public ClockReading read() {
        return reading();
    }

    @Operation(summary = "Move the business clock (administrators, test servers only)")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockReading move(@Valid @NotNull(message = "send {\"now\": an ISO instant}") ClockMove move) {
        clock.moveTo(move.now());
        return reading();
    }

    @Operation(summary = "Put the business clock back on real time (administrators, test servers only)")
    @DELETE
    public ClockReading reset() {
        clock.reset();
        return reading();
    }

    private ClockReading reading() {
        return new ClockReading(clock.now(), clock.today(), BusinessClock.movable());
    }
}
