package com.strata.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** The failures as the server hands them over, built cause by cause as WildFly's pool and the drivers build them. */
class PoolExhaustionTest {

    private static final String UNABLE_TO_GET =
            "IJ000453: Unable to get managed connection for java:jboss/datasources/StrataDS";

    @Test
    void aPoolThatLentNothingWithinItsBlockingTimeoutIsExhaustion() {
        assertTrue(PoolExhaustion.explains(borrowFailure(blockingTimeout())));
    }

    @Test
    void exhaustionStaysExhaustionUnderHibernateAndAnEjbCall() {
        Throwable asAPageSeesIt = new EJBException(new PersistenceException(
                "Unable to acquire JDBC Connection",
                new JDBCConnectionException("Unable to acquire JDBC Connection", borrowFailure(blockingTimeout()))));

        assertTrue(PoolExhaustion.explains(asAPageSeesIt));
    }

    @Test
    void exhaustionFoundAmongSuppressedExceptions() {
        SQLException closing = new SQLException("could not close the statement");
        closing.addSuppressed(borrowFailure(blockingTimeout()));

        assertTrue(PoolExhaustion.explains(closing));
    }

    @Test
    void aRefusedConnectionIsNotExhaustionThoughThePoolSaysTheSame() {
        ResourceException cannotCreate = new ResourceException(
                "IJ031084: Unable to create connection",
                new PSQLException(
                        "Connection to 127.0.0.1:15432 refused. Check that the hostname and port are correct and that"
                                + " the postmaster is accepting TCP/IP connections.",
                        PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                        new ConnectException("Connection refused")));

        assertFalse(PoolExhaustion.explains(borrowFailure(cannotCreate)));
    }

    @Test
    void aConnectionBrokenMidQueryOrAnOrdinaryFailureIsNotExhaustion() {
        assertFalse(PoolExhaustion.explains(new PersistenceException(new PSQLException(
                "An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))));
        assertFalse(PoolExhaustion.explains(new SQLException("Connection is broken", "08006", 90067)));
        assertFalse(PoolExhaustion.explains(new IllegalStateException("boom")));
        assertFalse(PoolExhaustion.explains(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second", first);
        first.initCause(second);

        assertFalse(PoolExhaustion.explains(first));
    }

    private static ResourceException blockingTimeout() {
        return new ResourceException(
                "IJ000655: No managed connections available within configured blocking timeout" + " (5000 [ms])");
    }

    /** WildFly's data source wraps the pool's refusal in a SQLException, naming the pool's message again. */
    private static SQLException borrowFailure(ResourceException cause) {
        ResourceException unableToGet = new ResourceException(UNABLE_TO_GET, cause);
        return new SQLException(unableToGet.toString(), unableToGet);
    }
}
