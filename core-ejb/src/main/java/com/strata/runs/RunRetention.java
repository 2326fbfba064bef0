package com.strata.runs;

import com.strata.audit.AuditTrail;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The runs' retention ({@link RunRetentionRule}): once a day, in the background, runs past retention are deleted
 * with their rows, one run per transaction so no table is locked for long, each deletion audited as {@code
 * RUN_DELETED} by {@code system}, and the pass itself as {@code RUN_RETENTION} even when nothing was old enough.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class RunRetention {

    private static final Logger LOG = Logger.getLogger(RunRetention.class.getName());

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    @Schedule(hour = "3", minute = "45", persistent = false)
    void daily() {
        try {
            enforce();
        } catch (Exception e) {
            // A failed day is tried again the next day; the runs are only older then.
            LOG.severe(() -> "The run retention job failed: " + e);
        }
    }

    private void enforce() throws Exception {
        RunRetentionRule rule = RunRetentionRule.fromSystemProperties();
        LocalDate today = clock.today();
        List<Long> expired;
        try (Connection db = dataSource.getConnection()) {
            expired = rule.expired(db, today);
        }
        for (long runId : expired) {
            transaction.begin();
            try (Connection db = dataSource.getConnection()) {
                String deleted = RunRetentionRule.delete(db, runId);
                audit.record("RUN_DELETED", "run " + runId, deleted);
                transaction.commit();
            } catch (Exception e) {
                transaction.rollback();
                throw e;
            }
        }
        transaction.begin();
        audit.record(
                "RUN_RETENTION",
                "runs",
                "deleted " + expired.size() + " runs started before "
                        + rule.cutoff(today).toLocalDate()
                        + " (retention " + rule.days() + " days, the latest " + rule.keepApplied()
                        + " applied runs kept)");
        transaction.commit();
        LOG.info(() -> "Run retention: " + expired.size() + " runs deleted");
    }
}
