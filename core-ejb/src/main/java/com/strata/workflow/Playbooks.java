package com.strata.workflow;

import com.strata.audit.AuditTrail;
import com.strata.refusal.ChangedMeanwhile;
import com.strata.refusal.Problem;
import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.system.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The playbook rules: administrators and analysts read them, administrators add, change, deactivate and delete them
 * (validated and audited with the old and new values). A rule that has tasks is deactivated, never deleted, so its
 * tasks keep their title.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class Playbooks {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private TierServicePolicies tiers;

    @Inject
    private BusinessClock clock;

    public List<PlaybookRuleView> rules() {
        return em.createQuery("select r from PlaybookRule r order by r.id", PlaybookRule.class)
                .getResultStream()
                .map(PlaybookRule::toView)
                .toList();
    }

    /** Active users who may own tasks: account managers and supervisors. */
    public List<String> possibleOwners() {
        return em.createQuery(
                        "select distinct u.username from UserAccount u join u.roles r where u.active = true"
                                + " and r in (:roles) order by u.username",
                        String.class)
                .setParameter("roles", List.of(Roles.ACCOUNT_MANAGER, Roles.SUPERVISOR))
                .getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public PlaybookRuleView add(PlaybookRuleChange change) {
        check(change);
        PlaybookRule rule = new PlaybookRule(change, caller(), now());
        em.persist(rule);
        em.flush();
        PlaybookRuleView added = rule.toView();
        audit.record("PLAYBOOK_RULE_ADDED", "playbook rule " + added.id(), describe(added), null, fields(added));
        return added;
    }

    @RolesAllowed(Roles.ADMIN)
    public PlaybookRuleView change(long id, PlaybookRuleChange change) {
        check(change);
        PlaybookRule rule = find(id);
        PlaybookRuleView before = rule.toView();
        if (change.version() != null && change.version() != before.version()) {
            throw new ChangedMeanwhile(
                    "PLAYBOOK_RULE_CHANGED",
                    "playbook rule " + id,
                    before.version(),
                    fields(before).entrySet().stream()
                            .map(field -> field.getKey() + ": " + field.getValue())
                            .toList());
        }
        rule.apply(change, caller(), now());
        em.flush();
        PlaybookRuleView after = rule.toView();
        audit.record(
                "PLAYBOOK_RULE_CHANGED",
                "playbook rule " + id,
                describe(before) + " -> " + describe(after),
                fields(before),
                fields(after));
        return after;
    }

    @RolesAllowed(Roles.ADMIN)
    public void delete(long id) {
        PlaybookRule rule = find(id);
        long tasks = em.createQuery("select count(t) from Task t where t.ruleId = :rule", Long.class)
                .setParameter("rule", id)
                .getSingleResult();
        if (tasks > 0) {
            throw WorkflowRefusal.ruleHasTasks(id, tasks);
        }
        PlaybookRuleView removed = rule.toView();
        String described = describe(removed);
        // Its ledger lines go with it (ON DELETE CASCADE).
        em.remove(rule);
        audit.record("PLAYBOOK_RULE_DELETED", "playbook rule " + id, described, fields(removed), null);
    }

    private void check(PlaybookRuleChange change) {
        Set<String> ladder = tiers.current().stream()
                .map(TierServicePolicyView::tier)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Problem> problems = PlaybookRuleRules.problems(change, ladder, Set.copyOf(possibleOwners()));
        if (!problems.isEmpty()) {
            throw WorkflowRefusal.invalidRule(problems);
        }
    }

    private PlaybookRule find(long id) {
        PlaybookRule rule = em.find(PlaybookRule.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (rule == null) {
            throw WorkflowRefusal.ruleNotFound(id);
        }
        return rule;
    }

    /** A rule's settings as the audit trail keeps them before and after a change. */
    private static Map<String, Object> fields(PlaybookRuleView rule) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("trigger", rule.trigger());
        fields.put("tier", rule.tier());
        fields.put("titleEn", rule.titleEn());
        fields.put("titleZh", rule.titleZh());
        fields.put("dueDays", rule.dueDays());
        fields.put("fallbackOwner", rule.fallbackOwner());
        fields.put("active", rule.active());
        return fields;
    }

    private static String describe(PlaybookRuleView r) {
        return "trigger=" + r.trigger() + ", tier=" + r.tier() + ", titleEn=" + r.titleEn() + ", titleZh="
                + r.titleZh() + ", dueDays=" + r.dueDays() + ", fallbackOwner=" + r.fallbackOwner() + ", active="
                + r.active();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), clock.zone());
    }
}
