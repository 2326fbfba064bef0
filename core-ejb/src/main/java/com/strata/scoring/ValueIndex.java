package com.strata.scoring;

/** The value index 0-100 and its three parts, each 0-100. */
public record ValueIndex(double index, double current, double potential, double relationship) {}
