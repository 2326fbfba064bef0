package com.strata.imports;

import com.strata.audit.AuditTrail;
import com.strata.imports.ImportRunStatus.State;
import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import com.strata.team.ImportedMoves;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * The record of imports, as classification runs are recorded: an {@link ImportRun} entity per import, and its
 * rejected rows in bulk. Every method joins the caller's transaction, so the batch job adds each chunk's totals and
 * errors in the chunk's own transaction and a restart continues them exactly.
 */
@Stateless
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class ImportRuns {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    /** Records a new import by the caller, running; answers its id. */
    public long begin(ImportKind kind, String fileName) {
        ImportRun run =
                new ImportRun(kind, fileName, session.getCallerPrincipal().getName());
        em.persist(run);
        em.flush();
        audit.record("IMPORT_STARTED", "import " + run.getId(), kind + " file " + fileName);
        return run.getId();
    }

    /** Records an import by the caller that is over already: imported at once, or refused before any row. */
    public long recordFinished(ImportKind kind, String fileName, ImportReport report, State state) {
        long runId = begin(kind, fileName);
        try {
            add(runId, report);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not record the errors of import " + runId + ": " + e.getMessage(), e);
        }
        finish(runId, state);
        return runId;
    }

    /** The job that imports the file started as this execution. */
    public void jobStarted(long runId, long jobExecutionId) {
        em.createQuery("update ImportRun r set r.jobExecutionId = :execution where r.id = :id")
                .setParameter("execution", jobExecutionId)
                .setParameter("id", runId)
                .executeUpdate();
    }

    /**
     * Claims a failed import for one restart and answers the job execution to continue. The record is locked and
     * marked running at once, so of simultaneous restarts only the first finds it failed; the others are refused.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long claimRestart(long runId) {
        ImportRun run = em.find(ImportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new UnknownImportException(runId);
        }
        if (run.getJobExecutionId() == null) {
            throw new ImportNotRestartableException(runId, "it did not run as a batch job");
        }
        if (run.getState() != State.FAILED) {
            throw new ImportNotRestartableException(runId, "it is " + run.getState() + "; only a failed import can");
        }
        em.createQuery("update ImportRun r set r.state = :running, r.finishedAt = null where r.id = :id")
                .setParameter("running", State.RUNNING)
                .setParameter("id", runId)
                .executeUpdate();
        return run.getJobExecutionId();
    }

    /** A claimed restart that the job repository refused: the import is failed again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void restartRefused(long runId) {
        em.createQuery("update ImportRun r set r.state = :failed where r.id = :id")
                .setParameter("failed", State.FAILED)
                .setParameter("id", runId)
                .executeUpdate();
    }

    /** The job was restarted as this execution: the import is running again. */
    public void restarted(long runId, long jobExecutionId) {
        em.createQuery("update ImportRun r set r.jobExecutionId = :execution, r.state = :running,"
                        + " r.finishedAt = null where r.id = :id")
                .setParameter("execution", jobExecutionId)
                .setParameter("running", State.RUNNING)
                .setParameter("id", runId)
                .executeUpdate();
    }

    /**
     * Adds one chunk's (or a whole file's) totals and errors to the import. Called by the job, whoever started it;
     * a database failure reaches the job as it is, which retries the transient ones.
     */
    @PermitAll
    public void add(long runId, ImportReport part) throws SQLException {
        em.createQuery("update ImportRun r set r.read = r.read + :read, r.inserted = r.inserted + :inserted,"
                        + " r.updated = r.updated + :updated, r.unchanged = r.unchanged + :unchanged,"
                        + " r.rejected = r.rejected + :rejected where r.id = :id")
                .setParameter("read", part.read())
                .setParameter("inserted", part.inserted())
                .setParameter("updated", part.updated())
                .setParameter("unchanged", part.unchanged())
                .setParameter("rejected", part.rejected())
                .setParameter("id", runId)
                .executeUpdate();
        try (Connection connection = dataSource.getConnection()) {
            ImportErrorRows.add(connection, runId, part.errors());
        }
    }

    /**
     * The import is over, completed or failed. Called by the job's listener, whoever started the job. The managers its
     * committed chunks moved customers between get their team figures and audience cells counted again.
     */
    @PermitAll
    public void finish(long runId, State state) {
        try (Connection connection = dataSource.getConnection()) {
            ImportedMoves.settle(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the moved managers' figures again: " + e.getMessage(), e);
        }
        em.createQuery("update ImportRun r set r.state = :state, r.finishedAt = :now where r.id = :id")
                .setParameter("state", state)
                .setParameter("now", LocalDateTime.now())
                .setParameter("id", runId)
                .executeUpdate();
        ImportRun stored = find(runId);
        // The bulk update above bypassed the persistence context; read the totals as stored.
        em.refresh(stored);
        ImportRunStatus run = stored.toStatus();
        audit.record(
                "IMPORT_FINISHED",
                "import " + runId,
                run.kind() + " file " + run.fileName() + " started by " + run.startedBy() + ": " + state
                        + "; read " + run.read() + ", inserted " + run.inserted() + ", updated " + run.updated()
                        + ", unchanged " + run.unchanged() + ", rejected " + run.rejected());
    }

    public ImportRunStatus status(long runId) {
        return find(runId).toStatus();
    }

    /** The import's totals and its first {@value ImportTally#LISTED_ERRORS} errors in line order. */
    public ImportReport report(long runId) {
        ImportRunStatus run = status(runId);
        try (Connection connection = dataSource.getConnection()) {
            List<RowError> errors = ImportErrorRows.first(connection, runId, ImportTally.LISTED_ERRORS);
            return new ImportReport(
                    run.kind(),
                    run.read(),
                    run.inserted(),
                    run.updated(),
                    run.unchanged(),
                    run.rejected(),
                    errors,
                    Math.max(0, ImportErrorRows.count(connection, runId) - errors.size()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the errors of import " + runId + ": " + e.getMessage(), e);
        }
    }

    private ImportRun find(long runId) {
        ImportRun run = em.find(ImportRun.class, runId);
        if (run == null) {
            throw new UnknownImportException(runId);
        }
        return run;
    }
}
