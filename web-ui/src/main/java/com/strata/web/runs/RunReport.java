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
                        summary.tiers(), PageMessages.text("run.customers"), PageMessages.text("run.revenue"));
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
