/**
 * The running system itself rather than the business domain: the schema migrations that run when Strata is
 * deployed and the health report that tells operators the database is reachable and at which migration version it
 * stands.
 */
package com.strata.system;
