package com.strata.workflow;

import static com.strata.refusal.ProblemCode.*;

import com.strata.audit.AuditTrail;
import com.strata.customer.PortfolioScope;
import com.strata.customer.Portfolios;
import com.strata.refusal.ChangedMeanwhile;
import com.strata.refusal.Problem;
import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks people work: an account manager their own, a supervisor their own and their team's (administrators and
 * analysts read all). The owner, the owner's supervisor or an administrator completes or reschedules a task; a
 * supervisor reassigns it to another active account manager of the team. Anyone else is refused with 403. A
 * reschedule or reassignment may carry the task's version the caller read: if someone changed the task since, it is
 * refused with 409 {@code TASK_CHANGED} and the current values, and nothing is saved.
 */
@Stateless
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST})
public class Tasks {

    /** The most tasks the customer page lists, newest first. */
    static final int CUSTOMER_TASKS = 100;

    private static final String FROM = " from Task t join Customer c on c.id = t.customerId"
            + " join PlaybookRule r on r.id = t.ruleId where 1 = 1";

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Portfolios portfolios;

    @Inject
    private AuditTrail audit;

    @Inject
    private BusinessClock clock;

    /** A page of the tasks in the caller's scope that match, the soonest due first, with how many match. */
    public TaskPage list(TaskQuery query) {
        Matching matching = matching(query);
        return new TaskPage(rows(matching, query), count(matching));
    }

    /** Only the page's tasks (a paginator that counted already). */
    public List<TaskView> rows(TaskQuery query) {
        return rows(matching(query), query);
    }

    /**
     * How many tasks match each query, in the queries' order: in one call, so that a page counting several buckets
     * borrows one database connection rather than one per bucket.
     */
    public List<Long> totals(List<TaskQuery> queries) {
        return queries.stream().map(query -> count(matching(query))).toList();
    }

    /** A query's conditions in JPQL and their parameters, checked against the caller's scope. */
    private record Matching(String where, Map<String, Object> parameters, boolean byCustomer, LocalDate today) {}

    private Matching matching(TaskQuery query) {
        PortfolioScope scope = portfolios.callerScope();
        if (query.owner() != null && !scope.includes(query.owner())) {
            throw WorkflowRefusal.notYourTasks(query.owner());
        }
        LocalDate today = clock.today();
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!scope.everyone()) {
            where.append(" and t.owner in (:scope)");
            parameters.put("scope", scope.managers());
        }
        if (query.owner() != null) {
            where.append(" and t.owner = :owner");
            parameters.put("owner", query.owner());
        }
        if (query.customerCode() != null) {
            where.append(" and c.code = :code");
            parameters.put("code", query.customerCode());
        }
        TaskStatus status = query.bucket() != null ? TaskStatus.OPEN : query.status();
        if (status != null) {
            where.append(" and t.status = :status");
            parameters.put("status", status);
        }
        if (query.bucket() != null) {
            where.append(
                    switch (query.bucket()) {
                        case OVERDUE -> " and t.dueOn < :today";
                        case DUE_TODAY -> " and t.dueOn = :today";
                        case UPCOMING -> " and t.dueOn > :today";
                    });
            parameters.put("today", today);
        }
        return new Matching(where.toString(), parameters, query.customerCode() != null, today);
    }

    private List<TaskView> rows(Matching matching, TaskQuery query) {
        TypedQuery<Object[]> select = em.createQuery(
                "select t, c.code, c.name, r" + FROM + matching.where() + " order by t.dueOn, t.id", Object[].class);
        matching.parameters().forEach(select::setParameter);
        return select.setFirstResult(query.first())
                .setMaxResults(query.size())
                .getResultStream()
                .map(row -> view(row, matching.today()))
                .toList();
    }

    /**
     * The count reads the task table alone unless a customer's code filters: every task has its customer and rule
     * (foreign keys), and joining them made a manager's 11,000 open tasks cost 0.4-0.8 s at a million customers.
     */
    private long count(Matching matching) {
        TypedQuery<Long> count = em.createQuery(
                "select count(t) from Task t" + (matching.byCustomer() ? " join Customer c on c.id = t.customerId" : "")
                        + " where 1 = 1" + matching.where(),
                Long.class);
        matching.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The customer's tasks, open ones first (soonest due first), then the newest others. */
    public List<TaskView> ofCustomer(String customerCode) {
        List<String> manager = em.createQuery(
                        "select c.accountManager from Customer c where c.code = :code", String.class)
                .setParameter("code", customerCode)
                .getResultList();
        if (manager.isEmpty()) {
            return List.of();
        }
        portfolios.checkCustomer(customerCode, manager.get(0));
        LocalDate today = clock.today();
        return em.createQuery(
                        "select t, c.code, c.name, r" + FROM + " and c.code = :code order by case when t.status ="
                                + " com.strata.workflow.TaskStatus.OPEN then 0 else 1 end, t.dueOn desc, t.id desc",
                        Object[].class)
                .setParameter("code", customerCode)
                .setMaxResults(CUSTOMER_TASKS)
                .getResultStream()
                .map(row -> view(row, today))
                .toList();
    }

    /** One task in the caller's scope as it is now. */
    public TaskView find(long id) {
        TaskView task = view(id);
        if (!portfolios.callerScope().includes(task.owner())) {
            throw WorkflowRefusal.notYourTask(id);
        }
        return task;
    }

    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
    public TaskView complete(long id, TaskOutcome outcome, String note) {
        Task task = actionable(id);
        List<Problem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(Problem.of("outcome", OUTCOME_MISSING, "REACHED, NOT_REACHED, WON_BACK, DECLINED, OTHER"));
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > Task.NOTE_LENGTH) {
            problems.add(Problem.of("note", AT_MOST_CHARACTERS_FOUND, Task.NOTE_LENGTH, trimmed.length()));
        }
        refuseIf(id, problems);
        LocalDate today = clock.today();
        task.complete(outcome, trimmed, caller(), today);
        if (outcome.countsAsTouch()) {
            touched(task.getCustomerId(), today);
        }
        audit.record(
                "TASK_COMPLETED", "task " + id, "outcome=" + outcome + (trimmed == null ? "" : ", note=" + trimmed));
        return view(id);
    }

    /** Moves an open task's due date; {@code version}, when given, must be the task's current one. */
    @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
    public TaskView reschedule(long id, Integer version, LocalDate dueOn, String reason) {
        Task task = unchangedSince(actionable(id), version);
        LocalDate today = clock.today();
        List<Problem> problems = new ArrayList<>();
        if (dueOn == null) {
            problems.add(Problem.of("dueOn", MISSING));
        } else if (dueOn.isBefore(today)) {
            problems.add(Problem.of("dueOn", IN_THE_PAST, dueOn, today));
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            problems.add(Problem.of("reason", REASON_MISSING));
        } else if (trimmed.length() > Task.REASON_LENGTH) {
            problems.add(Problem.of("reason", AT_MOST_CHARACTERS_FOUND, Task.REASON_LENGTH, trimmed.length()));
        }
        refuseIf(id, problems);
        LocalDate before = task.getDueOn();
        task.reschedule(dueOn, trimmed);
        audit.record("TASK_RESCHEDULED", "task " + id, "due " + before + " -> " + dueOn + ", reason=" + trimmed);
        return view(id);
    }

    /** The active account managers of the caller's team, to whom the caller may reassign tasks. */
    @RolesAllowed(Roles.SUPERVISOR)
    public List<String> reassignTargets() {
        List<String> team = portfolios.teamOf(caller());
        if (team.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct u.username from UserAccount u join u.roles r where u.active = true"
                                + " and r = :role and u.username in (:team) order by u.username",
                        String.class)
                .setParameter("role", Roles.ACCOUNT_MANAGER)
                .setParameter("team", team)
                .getResultList();
    }

    /** Hands an open task to another account manager; {@code version}, when given, must be the task's current one. */
    @RolesAllowed(Roles.SUPERVISOR)
    public TaskView reassign(long id, Integer version, String owner) {
        Task task = unchangedSince(actionable(id), version);
        if (owner == null || !reassignTargets().contains(owner)) {
            refuseIf(id, List.of(Problem.of("owner", NOT_IN_TEAM, owner)));
        }
        String before = task.getOwner();
        task.reassign(owner);
        audit.record("TASK_REASSIGNED", "task " + id, "owner " + before + " -> " + owner);
        return view(id);
    }

    /** An open task the caller may act on, locked for the change. */
    private Task actionable(long id) {
        Task task = em.find(Task.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw WorkflowRefusal.taskNotFound(id);
        }
        if (!portfolios.callerScope().includes(task.getOwner())) {
            throw WorkflowRefusal.notYourTask(id);
        }
        if (task.getStatus() != TaskStatus.OPEN) {
            throw WorkflowRefusal.notOpen(id, task.getStatus());
        }
        return task;
    }

    /**
     * The task as the caller read it, or a refusal with its current values: the task is locked already, so of
     * simultaneous changes on one version only the first passes this check.
     */
    private static Task unchangedSince(Task task, Integer version) {
        if (version != null && version != task.getVersion()) {
            List<String> current = new ArrayList<>();
            current.add("status: " + task.getStatus());
            current.add("owner: " + task.getOwner());
            current.add("dueOn: " + task.getDueOn());
            current.add("rescheduleReason: " + task.getRescheduleReason());
            throw new ChangedMeanwhile("TASK_CHANGED", "task " + task.getId(), task.getVersion(), current);
        }
        return task;
    }

    /** The contact counts for the follow-up cadence: the customer's latest contact is today (or stays later). */
    private void touched(long customerId, LocalDate on) {
        em.flush();
        em.createNativeQuery("MERGE INTO customer_touch t USING (SELECT CAST(?1 AS BIGINT) AS customer_id,"
                        + " CAST(?2 AS DATE) AS touched) s ON t.customer_id = s.customer_id"
                        + " WHEN MATCHED THEN UPDATE SET last_touch = GREATEST(t.last_touch, s.touched)"
                        + " WHEN NOT MATCHED THEN INSERT (customer_id, last_touch) VALUES (s.customer_id, s.touched)")
                .setParameter(1, customerId)
                .setParameter(2, Date.valueOf(on))
                .executeUpdate();
    }

    private static void refuseIf(long id, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw WorkflowRefusal.invalidTaskChange(id, problems);
        }
    }

    private TaskView view(long id) {
        em.flush();
        return em.createQuery("select t, c.code, c.name, r" + FROM + " and t.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .map(row -> view(row, clock.today()))
                .findFirst()
                .orElseThrow(() -> WorkflowRefusal.taskNotFound(id));
    }

    private static TaskView view(Object[] row, LocalDate today) {
        return ((Task) row[0]).toView((String) row[1], (String) row[2], (PlaybookRule) row[3], today);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
