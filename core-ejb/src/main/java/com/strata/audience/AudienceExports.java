package com.strata.audience;

import com.strata.customer.CustomerSearchSql;
import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.PortfolioScope;
import com.strata.customer.Portfolios;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Exports of an audience, every matching customer in the caller's scope with all their attributes, as CSV or XLSX:
 * asked for here, written in the background ({@link ExportWriter}), followed by its progress, downloaded when done by
 * whoever asked for it (or an administrator). Each export is audited with who, which audience or filter, and how many
 * rows.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER})
public class AudienceExports {

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @EJB
    private Portfolios portfolios;

    @EJB
    private Audiences audiences;

    @EJB
    private ExportJobs jobs;

    @EJB
    private ExportWriter writer;

    /** No applied run yet: there is nothing to export. */
    public static class NothingScoredException extends Refusal {
        private static final long serialVersionUID = 1L;

        public NothingScoredException() {
            super(
                    RefusalKind.CONFLICT,
                    "NO_APPLIED_RUN",
                    "No customer is scored yet; export after the first APPLY run");
        }
    }

    /** Exports a saved audience the caller may read. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ExportJobView exportAudience(long audienceId, ExportFormat format, boolean chinese) {
        AudienceView audience = audiences.get(audienceId);
        return start(audienceId, audiences.filterOf(audience), format, chinese);
    }

    /**
     * Exports the filter's customers. Started outside a transaction: the job's record commits before the writer
     * starts, so the writer and the page always find it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ExportJobView exportFilter(AudienceFilter filter, ExportFormat format, boolean chinese) {
        return start(null, filter, format, chinese);
    }

    private ExportJobView start(Long audienceId, AudienceFilter filter, ExportFormat format, boolean chinese) {
        PortfolioScope scope = portfolios.callerScope();
        ScoredRun run = latestRun().orElseThrow(NothingScoredException::new);
        long rows = audiences.summary(filter).count();
        ExportJobView job = jobs.create(audienceId, filter, format, chinese ? "zh" : "en", caller(), rows);
        writer.write(job.id(), filter, scope, run, format, chinese);
        return job;
    }

    /** An export the caller asked for (administrators: any). */
    public ExportJobView status(long job) {
        return own(job).toView();
    }

    /** The finished file of an export the caller asked for; refused while it runs or after it was cleaned up. */
    public Path file(long job) {
        ExportJob export = own(job);
        Path file = ExportFiles.directory().resolve(export.fileName());
        if (export.status() != ExportStatus.COMPLETED || !Files.exists(file)) {
            throw new ExportNotReadyException(job, export.status());
        }
        return file;
    }

    /** A finished export's file is not there to download. */
    public static class ExportNotReadyException extends Refusal {
        private static final long serialVersionUID = 1L;

        public ExportNotReadyException(long job, ExportStatus status) {
            super(
                    RefusalKind.CONFLICT,
                    "EXPORT_NOT_READY",
                    "Export " + job + " is " + status
                            + (status == ExportStatus.RUNNING
                                    ? "; download it when it has completed"
                                    : "; its file is gone, export the audience again"));
        }
    }

    private ExportJob own(long id) {
        ExportJob job = jobs.find(id);
        if (job == null || !(job.requestedBy().equals(caller()) || session.isCallerInRole(Roles.ADMIN))) {
            throw new UnknownAudienceException("Export " + id);
        }
        return job;
    }

    private Optional<ScoredRun> latestRun() {
        try (Connection db = dataSource.getConnection()) {
            return CustomerSearchSql.latestRun(db);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the latest run", e);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
