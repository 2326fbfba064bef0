package com.strata.scoring;

/**
 * The base means the high/low segment model compares each customer with (README, RFM scores and segments): days since the last purchase
 * over customers who bought, frequency and monetary over everyone. NaN when the base has no one to average.
 */
public record BaseMeans(double recencyDays, double frequency, double monetary) {}
