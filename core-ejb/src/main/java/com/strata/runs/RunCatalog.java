package com.strata.runs;

import com.strata.audit.AuditTrail;
import com.strata.policy.versions.ClassificationPolicyVersion;
import com.strata.policy.versions.PolicyStatus;
import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The runs analysts and administrators see and start: history, one run's detail, and the checks before a start. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class RunCatalog {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    /**
     * Records a new run after checking it may start; committed at once so the job finds it. Only one APPLY run may be
     * unfinished at a time (a unique key backs this check).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RunView begin(RunRequest request) {
        if (request.mode() == null) {
            throw new InvalidRunRequestException("Say which mode to run: APPLY or PREVIEW");
        }
        LocalDate today = clock.today();
        LocalDate asOf = request.asOf() == null ? today : request.asOf();
        if (asOf.isAfter(today)) {
            throw new InvalidRunRequestException(
                    "The as-of date " + asOf + " is in the future; classify as of today or " + "an earlier day");
        }
        int version = request.policyVersion() == null ? activeVersion() : request.policyVersion();
        ClassificationPolicyVersion policy = em.find(ClassificationPolicyVersion.class, version);
        if (policy == null) {
            throw new InvalidRunRequestException("There is no policy version " + version);
        }
        if (request.mode() == RunMode.APPLY) {
            // A draft may hold judgements still being revised; only a preview may run on them.
            try {
                policy.document().policy().valueIndex().requireConsistentJudgements();
            } catch (IllegalArgumentException inconsistent) {
                throw new InvalidRunRequestException(
                        "Policy version " + version + " cannot be applied: " + inconsistent.getMessage());
            }
            unfinishedApply().ifPresent(running -> {
                throw new RunRefusedException("APPLY run " + running.getId() + " is " + running.getStatus()
                        + "; only one APPLY run at a time"
                        + (running.getStatus() == RunStatus.FAILED
                                ? " (restart it to finish it, or an administrator abandons it)"
                                : ""));
            });
        }
        ClassificationRun run = new ClassificationRun(
                request.mode(), version, asOf, session.getCallerPrincipal().getName());
        try {
            // The insert runs at once (an identity key), so a lost race for the APPLY slot is refused here.
            em.persist(run);
            em.flush();
        } catch (PersistenceException taken) {
            // Another APPLY run took the slot (uk_run_apply_slot) between the check above and this insert.
            throw new RunRefusedException(
                    "Another APPLY run was started at the same moment; only one APPLY run at a" + " time");
        }
        audit.record(
                "RUN_STARTED", "run " + run.getId(), request.mode() + " as of " + asOf + " under policy v" + version);
        return run.toView(0);
    }

    /** Checks a run may restart, marks it restarting, and answers the job execution to restart. */
    public long restartableExecution(long runId) {
        ClassificationRun run = locked(runId);
        if (run.getStatus() != RunStatus.FAILED || run.getJobExecutionId() == null) {
            throw new RunRefusedException(
                    "Run " + runId + " is " + run.getStatus() + "; only a failed run can be restarted");
        }
        audit.record("RUN_RESTARTED", "run " + runId, "job execution " + run.getJobExecutionId());
        run.restarting();
        return run.getJobExecutionId();
    }

    /**
     * Ends a failed run for good, for a failure a restart would only repeat. Nothing live changed (an APPLY run
     * switches live tiers only as its last step), so the tier changes its score step recorded are removed; its
     * scores stay for diagnosis. Answers the job execution to mark abandoned in the job repository, if any.
     */
    @RolesAllowed(Roles.ADMIN)
    public Optional<Long> abandon(long runId) {
        ClassificationRun run = locked(runId);
        if (run.getStatus() != RunStatus.FAILED) {
            throw new RunRefusedException(
                    "Run " + runId + " is " + run.getStatus() + "; only a failed run can be abandoned");
        }
        int removed = em.createNativeQuery("DELETE FROM tier_change WHERE run_id = ?1")
                .setParameter(1, runId)
                .executeUpdate();
        run.abandoned();
        audit.record(
                "RUN_ABANDONED",
                "run " + runId,
                run.getMode() + " as of " + run.getAsOf() + "; " + removed + " unapplied tier changes removed");
        return Optional.ofNullable(run.getJobExecutionId());
    }

    public long count() {
        return em.createQuery("select count(r) from ClassificationRun r", Long.class)
                .getSingleResult();
    }

    /** One page of runs, the newest first. */
    public List<RunView> list(int first, int pageSize) {
        return em.createQuery("select r from ClassificationRun r order by r.id desc", ClassificationRun.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    /** The latest completed APPLY runs with their summaries, the newest first: the dashboard's trend and migration. */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR})
    public List<AppliedRun> applied(int max) {
        return em.createQuery(
                        "select r from ClassificationRun r where r.mode = :apply and r.status = :completed"
                                + " order by r.id desc",
                        ClassificationRun.class)
                .setParameter("apply", RunMode.APPLY)
                .setParameter("completed", RunStatus.COMPLETED)
                .setMaxResults(max)
                .getResultStream()
                .map(run -> new AppliedRun(run.toView(0), run.summary()))
                .toList();
    }

    /** Runs starting or running now, the newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR})
    public List<RunView> going() {
        return em.createQuery(
                        "select r from ClassificationRun r where r.status in :going order by r.id desc",
                        ClassificationRun.class)
                .setParameter("going", List.of(RunStatus.STARTING, RunStatus.RUNNING))
                .getResultStream()
                // Without the progress count: counting a running run's scores would cost the view a scan.
                .map(run -> run.toView(0))
                .toList();
    }
    /** The newest PREVIEW run of a policy version, if it has one: what the policy preview page shows. */
    public Optional<RunView> latestPreview(int policyVersion) {
        return em.createQuery(
                        "select r from ClassificationRun r where r.mode = :preview and r.policyVersion = :version"
                                + " order by r.id desc",
                        ClassificationRun.class)
                .setParameter("preview", RunMode.PREVIEW)
                .setParameter("version", policyVersion)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    public RunDetail detail(long runId) {
        ClassificationRun run = find(runId);
        return new RunDetail(view(run), run.summary(), run.diagnostics());
    }

    private RunView view(ClassificationRun run) {
        if (run.getStatus() == RunStatus.COMPLETED) {
            return run.toView(0);
        }
        // The chunks written so far (a few hundred rows), not the scores themselves (up to a million).
        Number scored =
                (Number) em.createNativeQuery("SELECT COALESCE(SUM(customers), 0) FROM run_chunk WHERE run_id = ?1")
                        .setParameter(1, run.getId())
                        .getSingleResult();
        return run.toView(scored.longValue());
    }

    private ClassificationRun find(long runId) {
        ClassificationRun run = em.find(ClassificationRun.class, runId);
        if (run == null) {
            throw new UnknownRunException(runId);
        }
        return run;
    }

    /**
     * The run locked for a change of its status: of simultaneous restarts and abandons, each waits for the one before
     * and then sees the status it left, so only the first finds the run failed.
     */
    private ClassificationRun locked(long runId) {
        ClassificationRun run = em.find(ClassificationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new UnknownRunException(runId);
        }
        return run;
    }

    private int activeVersion() {
        return em.createQuery(
                        "select p.version from ClassificationPolicyVersion p where p.status = :active", Integer.class)
                .setParameter("active", PolicyStatus.ACTIVE)
                .getSingleResult();
    }

    private Optional<ClassificationRun> unfinishedApply() {
        return em.createQuery(
                        "select r from ClassificationRun r where r.mode = :apply and r.status not in :over",
                        ClassificationRun.class)
                .setParameter("apply", RunMode.APPLY)
                .setParameter("over", List.of(RunStatus.COMPLETED, RunStatus.ABANDONED))
                .getResultStream()
                .findFirst();
    }
}
