package com.strata.web.tasks;

import com.strata.refusal.Refusal;
import com.strata.web.shell.ProblemMessages;
import com.strata.workflow.TaskOutcome;
import com.strata.workflow.TaskView;
import com.strata.workflow.Tasks;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The tasks section of the customer page: the customer's open and done tasks, and completing one there. The service
 * refuses a customer outside the caller's portfolio (the 403 page) and a task the caller may not act on.
 */
@Named
@ViewScoped
public class CustomerTaskList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tasks tasks;

    private String customerCode;
    private List<TaskView> loaded;
    private TaskView selected;
    private TaskOutcome outcome;
    private String note;

    /** The customer's tasks, read once per view and again after a completion. */
    public List<TaskView> of(String code) {
        if (loaded == null || !code.equals(customerCode)) {
            customerCode = code;
            loaded = tasks.ofCustomer(code);
        }
        return loaded;
    }

    public void select(TaskView task) {
        selected = task;
        outcome = null;
        note = null;
    }

    public TaskView getSelected() {
        return selected;
    }

    public TaskOutcome[] getOutcomes() {
        return TaskOutcome.values();
    }

    public void complete() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            tasks.complete(selected.id(), outcome, note);
        } catch (Refusal refused) {
            List<String> problems = ProblemMessages.of(refused, "tasks.");
            problems.forEach(
                    p -> faces.addMessage("completeForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, p, "")));
            faces.validationFailed();
            return;
        }
        loaded = null;
    }

    public TaskOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(TaskOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
