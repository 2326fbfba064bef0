package com.strata.runs;

import jakarta.ejb.Local;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When the scheduled APPLY run comes next; implemented by the schedule in the batch module. */
@Local
public interface RunScheduler {

    Optional<ZonedDateTime> nextScheduledRun();
}
