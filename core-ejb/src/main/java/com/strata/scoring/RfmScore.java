package com.strata.scoring;

import java.util.OptionalInt;

/**
 * Raw R, F and M over the window and their scores 1-5 (5 best).
 *
 * @param recencyDays days since the last purchase; empty for a customer who never bought
 */
public record RfmScore(
        OptionalInt recencyDays,
        double frequency,
        double monetary,
        int recencyScore,
        int frequencyScore,
        int monetaryScore) {}
