package com.strata.runs;

/** A run with its summary and its model diagnostics, each null until the run has produced it. */
public record RunDetail(RunView run, RunSummary summary, ModelDiagnostics diagnostics) {}
