package com.strata.web.tasks;

import com.strata.refusal.ChangedMeanwhile;
import com.strata.refusal.Refusal;
import com.strata.security.Roles;
import com.strata.web.shell.ProblemMessages;
import com.strata.workflow.TaskBucket;
import com.strata.workflow.TaskOutcome;
import com.strata.workflow.TaskQuery;
import com.strata.workflow.TaskStatus;
import com.strata.workflow.TaskView;
import com.strata.workflow.Tasks;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The task inbox: the caller's open tasks (a supervisor's and their team's) by bucket, a page at a time from the
 * database, and the done ones; complete, reschedule and (supervisors) reassign in dialogs. The service decides who
 * may do what; a refusal's problems are shown in the dialog. A reschedule or reassignment carries the version the
 * dialog opened on: when someone changed the task since, the dialog says so and shows the task as it is now.
 */
@Named
@ViewScoped
public class TaskInbox implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The request attribute that keeps the views' counts for the rest of a request. */
    private static final String COUNTS = TaskInbox.class.getName() + ".counts";

    /** The inbox's views: the three buckets of open tasks and the done ones. */
    public enum View {
        OVERDUE,
        DUE_TODAY,
        UPCOMING,
        DONE
    }

    @Inject
    private Tasks tasks;

    private View view = View.OVERDUE;
    private String owner;
    private TaskView selected;
    private TaskOutcome outcome;
    private String note;
    private LocalDate dueOn;
    private String reason;
    private String newOwner;

    private final LazyDataModel<TaskView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(TaskInbox.this.count(view));
        }

        @Override
        public List<TaskView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return tasks.rows(query(view, first, pageSize));
        }

        @Override
        public String getRowKey(TaskView task) {
            return Long.toString(task.id());
        }
    };

    /** Opens on the first bucket that has tasks, overdue first. */
    public void open() {
        for (View candidate : List.of(View.OVERDUE, View.DUE_TODAY, View.UPCOMING)) {
            if (count(candidate) > 0) {
                view = candidate;
                return;
            }
        }
    }

    private TaskQuery query(View of, int first, int size) {
        String ownerFilter = owner == null || owner.isBlank() ? null : owner;
        return of == View.DONE
                ? new TaskQuery(TaskStatus.DONE, null, ownerFilter, null, first, size)
                : new TaskQuery(TaskStatus.OPEN, TaskBucket.valueOf(of.name()), ownerFilter, null, first, size);
    }

    /**
     * The number of tasks in a view, counted for all views at once and kept for the rest of the request: the buttons,
     * the view the page opens on and the list's paginator ask for them, each a connection borrowed otherwise.
     */
    @SuppressWarnings("unchecked")
    public long count(View of) {
        Map<String, Object> request =
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Map<View, Long> counts = (Map<View, Long>) request.get(COUNTS);
        if (counts == null) {
            List<View> views = List.of(View.values());
            List<Long> totals =
                    tasks.totals(views.stream().map(v -> query(v, 0, 1)).toList());
            counts = new EnumMap<>(View.class);
            for (int i = 0; i < views.size(); i++) {
                counts.put(views.get(i), totals.get(i));
            }
            request.put(COUNTS, counts);
        }
        return counts.get(of);
    }

    public View[] getViews() {
        return View.values();
    }

    public LazyDataModel<TaskView> getModel() {
        return model;
    }

    public View getView() {
        return view;
    }

    public void setView(View view) {
        this.view = view == null ? View.OVERDUE : view;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
        forgetCounts();
    }

    public boolean isSupervisor() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.SUPERVISOR);
    }

    /** The team's active account managers a supervisor filters by and reassigns to. */
    public List<String> getTeam() {
        return isSupervisor() ? tasks.reassignTargets() : List.of();
    }

    public void select(TaskView task) {
        selected = task;
        outcome = null;
        note = null;
        dueOn = task.dueOn();
        reason = null;
        newOwner = null;
    }

    public TaskView getSelected() {
        return selected;
    }

    public TaskOutcome[] getOutcomes() {
        return TaskOutcome.values();
    }

    public void complete() {
        act("completeForm", () -> tasks.complete(selected.id(), outcome, note), "tasks.completed");
    }

    public void reschedule() {
        act(
                "rescheduleForm",
                () -> tasks.reschedule(selected.id(), selected.version(), dueOn, reason),
                "tasks.rescheduled");
    }

    public void reassign() {
        act("reassignForm", () -> tasks.reassign(selected.id(), selected.version(), newOwner), "tasks.reassigned");
    }

    private void act(String form, Runnable action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
        } catch (ChangedMeanwhile stale) {
            changedMeanwhile(faces, form);
            return;
        } catch (Refusal refused) {
            List<String> problems = ProblemMessages.of(refused, "tasks.");
            problems.forEach(p -> faces.addMessage(form, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, "")));
            faces.validationFailed();
            return;
        } finally {
            forgetCounts();
        }
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        text(faces, doneKey, selected.title(faces.getViewRoot().getLocale()), selected.customerName()),
                        ""));
    }

    /** The counts change with an action or another owner: counted again when next asked. */
    private static void forgetCounts() {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().remove(COUNTS);
    }

    /** Saved by someone else since the dialog opened: the dialog stays open on the task as it is now. */
    private void changedMeanwhile(FacesContext faces, String form) {
        try {
            select(tasks.find(selected.id()));
        } catch (Refusal gone) {
            // Handed to someone outside the caller's team meanwhile: the dialog keeps what it showed.
        }
        faces.addMessage(form, new FacesMessage(FacesMessage.SEVERITY_WARN, text(faces, "tasks.changedMeanwhile"), ""));
        faces.validationFailed();
    }

    private static String text(FacesContext faces, String key, Object... arguments) {
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
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

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }
}
