package com.strata.runs;

/** A run with its summary and model diagnostics, both JSON documents (null until the run has produced them). */
public record RunDetail(RunView run, String summaryJson, String diagnosticsJson) {}
