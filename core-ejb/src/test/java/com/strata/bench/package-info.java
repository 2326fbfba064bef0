/**
 * The engine benchmark run by {@code bench/engine}: a seeded synthetic customer base shaped like a retail base and a
 * main class that scores a million of its summaries in one JVM and reports the time against the 10-second goal.
 */
package com.strata.bench;
