/**
 * The engine benchmark run by {@code bench/engine}: a main class that scores a million summaries of core's seeded
 * synthetic base ({@code com.strata.scoring.SyntheticBase}, a test fixture there) in one JVM and reports the time
 * against the 10-second goal.
 */
package com.strata.bench;
