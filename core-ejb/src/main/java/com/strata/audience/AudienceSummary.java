package com.strata.audience;

import java.time.LocalDate;

/**
 * How big and how valuable an audience is now, in the caller's scope, on the latest applied run.
 *
 * @param windowRevenue the members' summed revenue in the policy's window
 * @param predictedClv the members' summed predicted CLV (members without a prediction add nothing)
 * @param runId the run the figures come from; null before the first applied run (then all figures are 0)
 */
public record AudienceSummary(long count, double windowRevenue, double predictedClv, Long runId, LocalDate asOf) {

    static AudienceSummary beforeFirstRun() {
        return new AudienceSummary(0, 0, 0, null, null);
    }
}
