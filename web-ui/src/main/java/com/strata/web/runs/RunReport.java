package com.strata.web.runs;

import com.strata.runs.ModelDiagnostics;
import com.strata.runs.RunCatalog;
import com.strata.runs.RunDetail;
import com.strata.runs.RunStatus;
import com.strata.runs.RunSummary;
import com.strata.runs.RunView;
import com.strata.runs.UnknownRunException;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import com.strata.web.shell.LocaleSelection;
import com.strata.web.shell.TierNames;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The run detail page ({@code runs/run.xhtml?id=N}): the run, its summary and its model diagnostics. A run still
 * going has neither yet, so the page polls until it is done.
 */
@Named
@ViewScoped
public class RunReport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunCatalog runs;

    @Inject
    private LocaleSelection language;

    @Inject
    private TierNames tierNames;

    private Long id;
    private RunView run;
    private RunSummary summary;
    private ModelDiagnostics diagnostics;
    private MigrationHeatmap heatmap;

    /** The view action; also the poll's listener while the run is going. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            RunDetail detail = runs.detail(id);
            run = detail.run();
            summary = detail.summary();
            diagnostics = detail.diagnostics();
            heatmap = summary == null ? null : MigrationHeatmap.of(summary.migration());
        } catch (UnknownRunException unknown) {
            run = null;
            PageMessages.error("run.unknown", unknown.getMessage());
        }
    }

    public boolean isGoing() {
        return run != null && (run.status() == RunStatus.STARTING || run.status() == RunStatus.RUNNING);
    }

    public String getTierChart() {
        return summary == null
                ? null
                : TierChart.config(
                        summary.tiers(),
                        tierNames::of,
                        PageMessages.text("run.customers"),
                        PageMessages.text("run.revenue"));
    }

    /** The holdout check; null before the run has fitted, and for runs stored before the check existed. */
    public ModelDiagnostics.Holdout getHoldout() {
        return diagnostics == null ? null : diagnostics.holdout();
    }

    /** Whether the holdout check has comparisons to show (its calibration period could be fitted). */
    public boolean isHoldoutCompared() {
        ModelDiagnostics.Holdout holdout = getHoldout();
        return holdout != null && holdout.purchases() != null;
    }

    public String getTrackingChart() {
        return isHoldoutCompared()
                ? HoldoutCharts.tracking(
                        getHoldout(),
                        PageMessages.text("run.holdout.actual"),
                        PageMessages.text("run.holdout.expected"),
                        PageMessages.text("run.holdout.calibrationEnd"),
                        PageMessages.text("run.holdout.weekEnding"),
                        PageMessages.text("run.holdout.repeatDays"))
                : null;
    }

    public String getGroupChart() {
        return isHoldoutCompared()
                ? HoldoutCharts.groups(
                        getHoldout(),
                        PageMessages.text("run.holdout.predicted"),
                        PageMessages.text("run.holdout.actual"),
                        PageMessages.text("run.holdout.groupAxis"),
                        PageMessages.text("run.holdout.meanAxis"))
                : null;
    }

    /** "The model under-forecasts the holdout by 4% …" in the reader's language; null when there is nothing to read. */
    public String getPurchaseReading() {
        ModelDiagnostics.Holdout holdout = getHoldout();
        return holdout == null ? null : reading(holdout.purchases(), "run.holdout.purchases", holdout);
    }

    public String getSpendReading() {
        ModelDiagnostics.Holdout holdout = getHoldout();
        return holdout == null ? null : reading(holdout.spend(), "run.holdout.spend", holdout);
    }

    private String reading(ModelDiagnostics.Comparison comparison, String keyPrefix, ModelDiagnostics.Holdout holdout) {
        HoldoutReading reading = HoldoutReading.of(comparison, keyPrefix);
        if (reading == null) {
            return null;
        }
        return PageMessages.text(
                        reading.direction(),
                        reading.percent(),
                        comparison.predicted(),
                        comparison.actual(),
                        holdout.holdoutWeeks(),
                        holdout.calibrationEnd().toString())
                + (language.isChinese() ? "" : " ")
                + PageMessages.text(reading.verdict());
    }

    /** The segment's name in the reader's language. */
    public String segmentName(Segment segment) {
        return language.isChinese() ? segment.chinese() : segment.english();
    }

    /** A diagnostic in the reader's language; a run stored before diagnostics had codes shows its sentence as it is. */
    public String message(ModelDiagnostics.Message message) {
        return message == null ? null : message.in(language.getLocale());
    }

    public String stageName(LifecycleStage stage) {
        return language.isChinese() ? stage.chinese() : stage.english();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RunView getRun() {
        return run;
    }

    public RunSummary getSummary() {
        return summary;
    }

    public ModelDiagnostics getDiagnostics() {
        return diagnostics;
    }

    /** Null until the run has its summary. */
    public MigrationHeatmap getHeatmap() {
        return heatmap;
    }
}
