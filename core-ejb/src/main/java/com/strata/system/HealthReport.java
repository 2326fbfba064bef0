package com.strata.system;

/**
 * What an operator needs to know at a glance: is the database reachable, which one is it, and which migration
 * version has been applied. {@code problem} says what went wrong when it is not reachable.
 */
public record HealthReport(
        boolean databaseReachable,
        String databaseProduct,
        String databaseVersion,
        String migrationVersion,
        String problem) {

    public static HealthReport unreachable(String problem) {
        return new HealthReport(false, null, null, null, problem);
    }
}
