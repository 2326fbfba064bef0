package com.strata.web.policies;

import com.strata.policy.AhpWeights;
import com.strata.policy.FrequencyMeasure;
import com.strata.policy.ModelTimeUnit;
import com.strata.policy.MonetaryMeasure;
import com.strata.policy.PairwiseMatrix;
import com.strata.policy.SegmentScheme;
import com.strata.policy.TierLadder;
import com.strata.policy.versions.InvalidPolicyException;
import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyVersionView;
import com.strata.policy.versions.RunSchedule;
import com.strata.policy.versions.ScheduleTimes;
import com.strata.refusal.Problem;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The policy editor: every option of a version in forms, checked by the same codec the REST API uses (each problem
 * beside its option), the AHP weights and consistency as the judgements are typed, the next run times the scheduler
 * will use, and saving the form as a new draft (a stored version never changes).
 */
@Named
@ViewScoped
public class PolicyEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (EEE) z");
    static final String LABELS = "policyEditor.f.";

    @Inject
    private PolicyCatalog policies;

    private Integer id;
    private PolicyVersionView source;
    private PolicyForm form;
    private String note;
    private List<Problem> problems = List.of();
    private boolean checked;

    public void load() {
        if (id == null) {
            id = policies.active().version();
        }
        source = policies.version(id).orElse(null);
        if (source != null) {
            form = new PolicyForm(source.document());
        }
    }

    /** Checks the form as the API would; every problem is shown beside its option. */
    public void check() {
        checked = true;
        try {
            form.document();
            problems = List.of();
        } catch (InvalidPolicyException refused) {
            problems = refused.problems();
        }
    }

    public String save() {
        check();
        if (!problems.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        PolicyVersionView draft = policies.createDraft(form.document(), blankToNull(note));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO, PolicyPages.text("policyEditor.saved", draft.version()), ""));
        return "/policies/editor?faces-redirect=true&id=" + draft.version();
    }

    /** The problems about exactly this option (or this group of options), in the reader's language. */
    public List<String> problemsAt(String path) {
        ResourceBundle bundle = PolicyPages.bundle();
        return problems.stream()
                .filter(problem -> problem.field().equals(path))
                .map(problem -> ProblemMessages.render(problem, bundle, LABELS))
                .toList();
    }

    public boolean hasProblem(String path) {
        return problems.stream().anyMatch(problem -> problem.field().equals(path));
    }

    public int getProblemCount() {
        return problems.size();
    }

    public boolean isChecked() {
        return checked;
    }

    /** The weights and consistency of the judgements as typed; null while one is not a positive number. */
    public AhpWeights getWeights() {
        PairwiseMatrix matrix = form.matrix();
        return matrix == null ? null : matrix.evaluate();
    }

    /** The judgement that contradicts the others most, while the consistency ratio is above 0.10. */
    public PairwiseMatrix.Judgement getWorstJudgement() {
        PairwiseMatrix matrix = form.matrix();
        if (matrix == null || matrix.evaluate().isConsistent()) {
            return null;
        }
        return matrix.mostInconsistentJudgement().orElse(null);
    }

    /** Below the diagonal: the reciprocal the form fills in, as text. */
    public String reciprocal(int row, int column) {
        PairwiseMatrix matrix = form.matrix();
        return matrix == null ? "—" : String.format(Locale.ROOT, "%.3g", matrix.entry(row, column));
    }

    public String entry(int row, int column) {
        return PolicyForm.entry(row, column);
    }

    /** The next three times the scheduler would start a run on the form's schedule, or why it cannot say. */
    public List<String> getNextRuns() {
        try {
            RunSchedule schedule = new RunSchedule(
                    form.get("schedule.minute"),
                    form.get("schedule.hour"),
                    form.get("schedule.dayOfMonth"),
                    form.get("schedule.month"),
                    form.get("schedule.dayOfWeek"));
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            return ScheduleTimes.of(schedule).next(ZonedDateTime.now(ZoneId.systemDefault()), 3).stream()
                    .map(time -> RUN_TIME.withLocale(locale).format(time))
                    .toList();
        } catch (IllegalArgumentException notUnderstood) {
            return List.of();
        }
    }

    /** The values an option may take where it is a choice (its labels are {@code policyEditor.c.<value>}). */
    public List<String> choices(String path) {
        return switch (path) {
            case "policy.window.kind" -> List.of("Rolling", "AllHistory");
            case "policy.binning.kind" -> List.of("Quintiles", "FixedCutoffs");
            case "policy.frequency" -> names(FrequencyMeasure.values());
            case "policy.monetary" -> names(MonetaryMeasure.values());
            case "policy.segmentScheme" -> names(SegmentScheme.values());
            case "policy.clv.timeUnit" -> names(ModelTimeUnit.values());
            case "policy.tiers.kind" -> names(TierLadder.Kind.values());
            case "policy.hysteresis.oneTierPerRun" -> List.of("true", "false");
            default -> List.of();
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public PolicyVersionView getSource() {
        return source;
    }

    public PolicyForm getForm() {
        return form;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
