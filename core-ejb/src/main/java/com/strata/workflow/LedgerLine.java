package com.strata.workflow;

/**
 * What one pass did for one rule. {@code eligible} customers are those the rule's condition holds for after the pass:
 * each had an ongoing episode with its task still open ({@code alreadyOpen}) or already done ({@code alreadyDone}),
 * got a task now ({@code created}), or got none because nobody owns them ({@code withoutOwner}). {@code closed}
 * counts the open tasks closed as no longer needed: their condition cleared before anyone acted.
 */
public record LedgerLine(
        long ruleId, long eligible, long created, long alreadyOpen, long alreadyDone, long withoutOwner, long closed) {}
