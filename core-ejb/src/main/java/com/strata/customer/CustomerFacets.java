package com.strata.customer;

import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * The distinct segments, regions and industries the customer filters offer, read once per applied run and kept:
 * reading them scans the base, which a page view must not do. Imports between runs add their new regions at the next
 * run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CustomerFacets {

    /** The lists as of one run. */
    public record Facets(long runId, List<String> segments, List<String> regions, List<String> industries) {}

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    private final AtomicReference<Facets> cached = new AtomicReference<>();

    /** One reader at a time: on a new run a dozen portfolio views arrived together and each scanned the base. */
    private final ReentrantLock reading = new ReentrantLock();

    /** How the lists of a run are read; the database in service, a stand-in in tests. */
    interface Reader {
        Facets read(long runId) throws SQLException;
    }

    /**
     * The lists for the run. While they are being read, the lists of the run before are served; only the first call
     * after a start, with nothing kept yet, waits for the reader.
     */
    public Facets of(long runId) {
        return of(runId, this::readFromDatabase);
    }

    Facets of(long runId, Reader reader) {
        Facets kept = cached.get();
        if (kept != null && kept.runId() >= runId) {
            return kept;
        }
        if (kept == null) {
            reading.lock();
        } else if (!reading.tryLock()) {
            return kept;
        }
        try {
            Facets now = cached.get();
            if (now != null && now.runId() >= runId) {
                return now;
            }
            Facets read = reader.read(runId);
            cached.set(read);
            return read;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the customer filter values", e);
        } finally {
            reading.unlock();
        }
    }

    private Facets readFromDatabase(long runId) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            return read(db, runId);
        }
    }

    private static Facets read(Connection db, long runId) throws SQLException {
        return new Facets(
                runId,
                distinct(db, "SELECT DISTINCT segment FROM customer_score WHERE run_id = ? ORDER BY segment", runId),
                distinct(db, "SELECT DISTINCT region FROM customer WHERE region IS NOT NULL ORDER BY region", null),
                distinct(
                        db,
                        "SELECT DISTINCT industry FROM customer WHERE industry IS NOT NULL ORDER BY industry",
                        null));
    }

    private static List<String> distinct(Connection db, String sql, Long runId) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(sql)) {
            if (runId != null) {
                select.setLong(1, runId);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    values.add(row.getString(1));
                }
            }
        }
        return values;
    }
}
