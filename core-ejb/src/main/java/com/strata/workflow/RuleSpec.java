package com.strata.workflow;

/** A rule as a generation pass applies it. */
record RuleSpec(long id, PlaybookTrigger trigger, String tier, int dueDays, String fallbackOwner) {}
