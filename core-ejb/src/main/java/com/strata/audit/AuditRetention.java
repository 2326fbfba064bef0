package com.strata.audit;

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
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The audit trail's retention: once a day, entries older than the retention period ({@value
 * AuditRetentionRule#PROPERTY} years, default {@value AuditRetentionRule#DEFAULT_YEARS}) are deleted, a batch per
 * transaction so the trail is never locked long, and the run itself is audited (by {@code system}) even when nothing
 * was old enough. This is the application's only path that deletes audit entries.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    @Schedule(hour = "3", minute = "30", persistent = false)
    void daily() {
        try {
            enforce();
        } catch (Exception e) {
            // A failed day is tried again the next day; the entries are only older then.
            LOG.severe(() -> "The audit retention job failed: " + e);
        }
    }

    private void enforce() throws Exception {
        AuditRetentionRule rule = AuditRetentionRule.fromSystemProperties();
        LocalDateTime cutoff = rule.cutoff(clock.today());
        long deleted = 0;
        int batch;
        do {
            transaction.begin();
            try (Connection db = dataSource.getConnection()) {
                batch = AuditRetentionRule.deleteBatch(db, cutoff, AuditRetentionRule.BATCH);
                transaction.commit();
            } catch (Exception e) {
                transaction.rollback();
                throw e;
            }
            deleted += batch;
        } while (batch == AuditRetentionRule.BATCH);
        transaction.begin();
        audit.record(
                "AUDIT_RETENTION",
                "audit trail",
                "deleted " + deleted + " entries older than " + cutoff.toLocalDate() + " (retention " + rule.years()
                        + " years)");
        transaction.commit();
        long total = deleted;
        LOG.info(() -> "Audit retention: " + total + " entries older than " + cutoff + " deleted");
    }
}
