package com.strata.policy.versions;

import com.strata.audit.AuditTrail;
import com.strata.policy.PairwiseMatrix;
import com.strata.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The classification policy versions: read them, store a new draft, activate one. Exactly one version is active;
 * activating another retires it, under a lock so two activations cannot both win.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class PolicyCatalog {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<PolicyActivated> activated;

    @Inject
    private PolicyChangeCosts costs;

    /** The active version's schedule; readable by the system itself, which runs as no user. */
    @PermitAll
    public RunSchedule activeSchedule() {
        return activeVersion(LockModeType.NONE).document().schedule();
    }

    public PolicyVersionView active() {
        return activeVersion(LockModeType.NONE).toView();
    }

    public Optional<PolicyVersionView> version(int version) {
        return Optional.ofNullable(em.find(ClassificationPolicyVersion.class, version))
                .map(ClassificationPolicyVersion::toView);
    }

    public long count() {
        return em.createQuery("select count(p) from ClassificationPolicyVersion p", Long.class)
                .getSingleResult();
    }

    /** One page of versions, newest first. */
    public List<PolicyVersionView> versions(int first, int pageSize) {
        return em.createQuery(
                        "select p from ClassificationPolicyVersion p order by p.version desc",
                        ClassificationPolicyVersion.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(ClassificationPolicyVersion::toView)
                .toList();
    }

    /** Every version, newest first. */
    public List<PolicyVersionView> versions() {
        return em.createQuery(
                        "select p from ClassificationPolicyVersion p order by p.version desc",
                        ClassificationPolicyVersion.class)
                .getResultStream()
                .map(ClassificationPolicyVersion::toView)
                .toList();
    }

    /** The document a run uses: the given version, or the active one when none is given. */
    public PolicyDocument document(Integer version) {
        if (version == null) {
            return activeVersion(LockModeType.NONE).document();
        }
        ClassificationPolicyVersion stored = em.find(ClassificationPolicyVersion.class, version);
        if (stored == null) {
            throw new UnknownPolicyVersionException(version);
        }
        return stored.document();
    }

    /** Stores the document as the next draft version; {@link PolicyDocumentCodec#read} has validated it in full. */
    public PolicyVersionView createDraft(PolicyDocument document, String note) {
        // The active row's lock serialises concurrent drafts, so two cannot take the same number.
        activeVersion(LockModeType.PESSIMISTIC_WRITE);
        int next = em.createQuery("select max(p.version) from ClassificationPolicyVersion p", Integer.class)
                        .getSingleResult()
                + 1;
        ClassificationPolicyVersion draft = new ClassificationPolicyVersion(
                next,
                PolicyDocumentCodec.write(document),
                note,
                session.getCallerPrincipal().getName());
        em.persist(draft);
        audit.record("POLICY_DRAFTED", "policy v" + next, note);
        return draft.toView();
    }

    /**
     * Makes a draft the active version. Judgements with CR above 0.10 are refused, naming the judgement that deviates
     * most, since runs would weigh the value index with them.
     */
    @RolesAllowed(Roles.ADMIN)
    public PolicyVersionView activate(int version) {
        return activate(version, "");
    }

    /** As {@link #activate(int)}, with what the preview run said the change costs in the audit record. */
    @RolesAllowed(Roles.ADMIN)
    public PolicyVersionView activateAfterPreview(int version, long previewRunId) {
        ChangeCost cost = costs.of(previewRunId);
        return activate(
                version,
                String.format(
                        Locale.ROOT,
                        "; preview run %d: %d customers change tier, %d gain and %d lose a dedicated manager,"
                                + " discount given changes by %.2f",
                        previewRunId,
                        cost.moving(),
                        cost.gainingManager(),
                        cost.losingManager(),
                        cost.discountChange()));
    }

    private PolicyVersionView activate(int version, String costDetail) {
        ClassificationPolicyVersion current = activeVersion(LockModeType.PESSIMISTIC_WRITE);
        ClassificationPolicyVersion target =
                em.find(ClassificationPolicyVersion.class, version, LockModeType.PESSIMISTIC_WRITE);
        if (target == null) {
            throw new UnknownPolicyVersionException(version);
        }
        PairwiseMatrix judgements = target.document().policy().valueIndex().dimensionJudgements();
        if (!judgements.evaluate().isConsistent()) {
            throw new InconsistentPolicyException(version, judgements);
        }
        target.activate(session.getCallerPrincipal().getName());
        current.retire();
        audit.record(
                "POLICY_ACTIVATED",
                "policy v" + version,
                "replaces v" + current.getVersion() + costDetail,
                Map.of("activeVersion", current.getVersion()),
                Map.of("activeVersion", version));
        activated.fire(new PolicyActivated(version, target.document().schedule()));
        return target.toView();
    }

    private ClassificationPolicyVersion activeVersion(LockModeType lock) {
        return em.createQuery(
                        "select p from ClassificationPolicyVersion p where p.status = :active",
                        ClassificationPolicyVersion.class)
                .setParameter("active", PolicyStatus.ACTIVE)
                .setLockMode(lock)
                .getSingleResult();
    }
}
