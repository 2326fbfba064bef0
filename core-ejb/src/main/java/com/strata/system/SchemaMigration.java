package com.strata.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the newest version before anything else in Strata touches it.
 *
 * <p>Bean-managed transactions because Flyway manages its own connections and auto-commit; inside a container
 * transaction it fails with IJ031017.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection db = dataSource.getConnection()) {
            int realigned = RewordedMigrations.realign(db);
            if (realigned > 0) {
                LOG.info(() -> realigned + " applied migrations had their comments reworded; checksums realigned");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema history before migrating", e);
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // JBeret creates its job repository tables at server boot, so the schema is never empty here;
                // baselining at 0 keeps V1 from being skipped.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
