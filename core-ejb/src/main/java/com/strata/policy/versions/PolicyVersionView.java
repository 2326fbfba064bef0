package com.strata.policy.versions;

import java.time.LocalDateTime;

/**
 * A policy version as pages and the API show it: its history, schedule, AHP consistency and the document itself.
 * Absent history (no note, not activated yet) is null.
 */
public record PolicyVersionView(
        int version,
        PolicyStatus status,
        String note,
        String createdBy,
        LocalDateTime createdAt,
        String activatedBy,
        LocalDateTime activatedAt,
        String schedule,
        double consistencyRatio,
        PolicyDocument document) {}
