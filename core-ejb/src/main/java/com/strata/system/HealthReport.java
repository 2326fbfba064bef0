package com.strata.system;

/**
 * What an operator needs to know at a glance: is the database reachable, which one is it, and which migration
 * version has been applied. {@code poolBusy} says that every pooled connection was in use for the whole blocking
 * timeout: the database is up (those connections work on it) but this server cannot take more work at the moment.
 * {@code problem} says what went wrong when the database is not reachable or the pool is busy.
 */
public record HealthReport(
        boolean databaseReachable,
        boolean poolBusy,
        String databaseProduct,
        String databaseVersion,
        String migrationVersion,
        String problem) {

    public static HealthReport reachable(String databaseProduct, String databaseVersion, String migrationVersion) {
        return new HealthReport(true, false, databaseProduct, databaseVersion, migrationVersion, null);
    }

    public static HealthReport unreachable(String problem) {
        return new HealthReport(false, false, null, null, null, problem);
    }

    public static HealthReport poolBusy(String problem) {
        return new HealthReport(true, true, null, null, null, problem);
    }
}
