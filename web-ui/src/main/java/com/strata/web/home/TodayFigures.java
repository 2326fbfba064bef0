package com.strata.web.home;

import com.strata.customer.CustomerCriteria;
import com.strata.customer.NewWarning;
import com.strata.overrides.OverrideView;
import com.strata.overrides.TierOverrides;
import com.strata.team.NewWarnings;
import com.strata.web.shell.CurrentUser;
import com.strata.workflow.TaskBucket;
import com.strata.workflow.TaskQuery;
import com.strata.workflow.Tasks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What needs an account manager's or supervisor's attention today: tasks overdue and due today (their own, or their
 * team's for a supervisor), answers to their override requests, and for a supervisor the requests waiting for a
 * decision, and the customers whose churn or downgrade warning the latest applied run raised. Each figure is read
 * once per request from the services, which scope it to the caller.
 */
@Named
@RequestScoped
public class TodayFigures {

    /** How far back an override answer still counts as news on the home page. */
    static final int ANSWER_DAYS = 14;

    private static final int SHOWN_ANSWERS = 5;

    @Inject
    private Tasks tasks;

    @Inject
    private TierOverrides overrides;

    @Inject
    private NewWarnings newWarningCounts;

    @Inject
    private CurrentUser currentUser;

    private final Map<TaskBucket, Long> taskCounts = new EnumMap<>(TaskBucket.class);
    private List<OverrideView> answers;
    private Integer waitingApprovals;
    private final Map<NewWarning, Long> newWarnings = new EnumMap<>(NewWarning.class);

    public boolean isShown() {
        return works() || supervises();
    }

    public boolean isSupervisor() {
        return supervises();
    }

    /** The overdue and due-today counts, read together on first use: one connection for both. */
    private long tasks(TaskBucket bucket) {
        if (taskCounts.isEmpty()) {
            List<TaskBucket> shown = List.of(TaskBucket.OVERDUE, TaskBucket.DUE_TODAY);
            List<Long> totals = tasks.totals(shown.stream()
                    .map(b -> new TaskQuery(null, b, null, null, 0, 1))
                    .toList());
            for (int i = 0; i < shown.size(); i++) {
                taskCounts.put(shown.get(i), totals.get(i));
            }
        }
        return taskCounts.get(bucket);
    }

    public long getOverdueTasks() {
        return tasks(TaskBucket.OVERDUE);
    }

    public long getTasksDueToday() {
        return tasks(TaskBucket.DUE_TODAY);
    }

    /** The caller's override requests answered lately, the newest first, at most a handful. */
    public List<OverrideView> getOverrideAnswers() {
        if (answers == null) {
            answers = overrides.answeredRequests(ANSWER_DAYS).stream()
                    .limit(SHOWN_ANSWERS)
                    .toList();
        }
        return answers;
    }

    public int getAnswerDays() {
        return ANSWER_DAYS;
    }

    public int getWaitingApprovals() {
        if (waitingApprovals == null) {
            waitingApprovals = supervises() ? overrides.pending().size() : 0;
        }
        return waitingApprovals;
    }

    /** Customers in the caller's portfolio whose churn warning the latest run raised, up to the count's cap + 1. */
    public long getNewChurnWarnings() {
        return newWarnings.computeIfAbsent(NewWarning.CHURN, newWarningCounts::count);
    }

    public long getNewDowngradeWarnings() {
        return newWarnings.computeIfAbsent(NewWarning.DOWNGRADE, newWarningCounts::count);
    }

    /** Where a customer count stops; a figure above it reads "more than" it. */
    public int getCountCap() {
        return CustomerCriteria.MAX_MATCHES;
    }

    private boolean works() {
        return currentUser.hasRole("ACCOUNT_MANAGER");
    }

    private boolean supervises() {
        return currentUser.hasRole("SUPERVISOR");
    }
}
