package com.strata.audit;

import java.util.List;

/** One page of audit entries, newest first, and how many entries match the filters. */
public record AuditPage(List<AuditRecord> entries, long matches) {}
