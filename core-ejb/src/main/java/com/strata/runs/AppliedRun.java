package com.strata.runs;

/** A completed APPLY run and its summary. */
public record AppliedRun(RunView run, RunSummary summary) {}
