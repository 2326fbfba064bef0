package com.strata.policy.versions;

/** Fired after a policy version became the active one, so the reclassification schedule can follow it. */
public record PolicyActivated(int version, RunSchedule schedule) {}
