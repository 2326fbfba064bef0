package com.strata.overrides;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An override as pages and the API show it, with its customer and the state it is in today.
 *
 * @param endsOn the last day in force: the expiry, or the day before it was ended early
 * @param fromTier the live tier the approval replaced, when the approval changed it at once
 */
public record OverrideView(
        long id,
        String customerCode,
        String customerName,
        String accountManager,
        String tier,
        ReasonCategory reasonCategory,
        String reasonText,
        LocalDate startsOn,
        LocalDate expiresOn,
        LocalDate endsOn,
        OverrideStatus status,
        OverrideState state,
        String requestedBy,
        LocalDateTime requestedAt,
        String decidedBy,
        LocalDateTime decidedAt,
        String decisionComment,
        String fromTier,
        LocalDate appliedOn,
        String endedBy,
        LocalDateTime endedAt,
        String endComment) {

    static OverrideView of(OverrideEntry o, String code, String name, String manager, LocalDate today) {
        return new OverrideView(
                o.getId(),
                code,
                name,
                manager,
                o.getTier(),
                o.getReasonCategory(),
                o.getReasonText(),
                o.getStartsOn(),
                o.getExpiresOn(),
                o.getEndsOn(),
                o.getStatus(),
                o.stateOn(today),
                o.getRequestedBy(),
                o.getRequestedAt(),
                o.getDecidedBy(),
                o.getDecidedAt(),
                o.getDecisionComment(),
                o.getFromTier(),
                o.getAppliedOn(),
                o.getEndedBy(),
                o.getEndedAt(),
                o.getEndComment());
    }
}
