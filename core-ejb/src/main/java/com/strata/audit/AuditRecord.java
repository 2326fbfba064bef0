package com.strata.audit;

import java.time.LocalDateTime;

/** An audit entry as pages and the API show it. */
public record AuditRecord(LocalDateTime at, String actor, String action, String subject, String detail) {}
