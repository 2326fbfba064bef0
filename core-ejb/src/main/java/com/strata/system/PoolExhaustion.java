package com.strata.system;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the connection pool being momentarily exhausted (every connection lent out, and no
 * connection freed within the pool's blocking timeout) from one caused by a database that cannot be reached. Both
 * reach the application as the same {@code IJ000453: Unable to get managed connection}, wrapped by the driver, the
 * pool or Hibernate; only the cause below it differs: the pool's blocking timeout ({@code IJ000655}) when it is
 * exhausted, a refused or broken connection when the database is away. An exhausted pool means the database is up
 * (the lent connections are working on it), so it must be answered as "busy, try again", never as an outage.
 */
public final class PoolExhaustion {

    /** IronJacamar's "No managed connections available within configured blocking timeout". */
    private static final String BLOCKING_TIMEOUT = "IJ000655";

    private PoolExhaustion() {}

    /** Whether the pool's blocking timeout is anywhere among the failure's causes or suppressed exceptions. */
    public static boolean explains(Throwable failure) {
        return explains(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean explains(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        String message = failure.getMessage();
        if (message != null && message.contains(BLOCKING_TIMEOUT)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (explains(suppressed, seen)) {
                return true;
            }
        }
        return explains(failure.getCause(), seen);
    }
}
