package com.strata.workflow;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A playbook or task service refusing a request; each factory names one stable code. */
public class WorkflowRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    private WorkflowRefusal(RefusalKind kind, String code, String message) {
        super(kind, code, message);
    }

    private WorkflowRefusal(RefusalKind kind, String code, String message, List<Problem> problems) {
        super(kind, code, message, problems);
    }

    static WorkflowRefusal taskNotFound(long id) {
        return new WorkflowRefusal(RefusalKind.NOT_FOUND, "TASK_NOT_FOUND", "There is no task " + id);
    }

    /** Another manager's task, or a supervisor's outside their team. */
    static WorkflowRefusal notYourTask(long id) {
        return new WorkflowRefusal(
                RefusalKind.FORBIDDEN, "NOT_YOUR_TASK", "Task " + id + " belongs to someone outside your team");
    }

    /** Another manager's task list. */
    static WorkflowRefusal notYourTasks(String owner) {
        return new WorkflowRefusal(
                RefusalKind.FORBIDDEN, "NOT_YOUR_TASK", "The tasks of " + owner + " are not in your team's");
    }

    static WorkflowRefusal notOpen(long id, TaskStatus status) {
        return new WorkflowRefusal(
                RefusalKind.CONFLICT, "TASK_NOT_OPEN", "Task " + id + " is " + status + ", no longer open");
    }

    static WorkflowRefusal invalidTaskChange(long id, List<Problem> problems) {
        return new WorkflowRefusal(
                RefusalKind.INVALID,
                "INVALID_TASK_CHANGE",
                problems.size() + " problem(s) with the change of task " + id + ": "
                        + String.join("; ", Problem.sentences(problems)),
                problems);
    }

    static WorkflowRefusal ruleNotFound(long id) {
        return new WorkflowRefusal(RefusalKind.NOT_FOUND, "PLAYBOOK_RULE_NOT_FOUND", "There is no playbook rule " + id);
    }

    static WorkflowRefusal invalidRule(List<Problem> problems) {
        return new WorkflowRefusal(
                RefusalKind.INVALID,
                "INVALID_PLAYBOOK_RULE",
                problems.size() + " problem(s) in the playbook rule: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }

    static WorkflowRefusal ruleHasTasks(long id, long tasks) {
        return new WorkflowRefusal(
                RefusalKind.CONFLICT,
                "PLAYBOOK_RULE_HAS_TASKS",
                "Playbook rule " + id + " has " + tasks + " task(s); deactivate it instead of deleting it");
    }
}
