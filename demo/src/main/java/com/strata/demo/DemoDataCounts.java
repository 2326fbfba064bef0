package com.strata.demo;

/** How many rows of each file a generation wrote, headers not counted. */
public record DemoDataCounts(long customers, long contacts, long purchases, long interactions) {}
