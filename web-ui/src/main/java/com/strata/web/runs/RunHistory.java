package com.strata.web.runs;

import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyStatus;
import com.strata.policy.versions.PolicyVersionView;
import com.strata.runs.InvalidRunRequestException;
import com.strata.runs.RunCatalog;
import com.strata.runs.RunLauncher;
import com.strata.runs.RunMode;
import com.strata.runs.RunRefusedException;
import com.strata.runs.RunRequest;
import com.strata.runs.RunScheduler;
import com.strata.runs.RunStatus;
import com.strata.runs.RunView;
import com.strata.system.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The runs page: one page of run history at a time, the start form, restart of a failed run, and whether any run on
 * the page is still going (the page polls only then).
 */
@Named
@ViewScoped
public class RunHistory implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SCHEDULE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    @Inject
    private RunCatalog runs;

    @Inject
    private RunLauncher launcher;

    @Inject
    private RunScheduler scheduler;

    @Inject
    private PolicyCatalog policies;

    @Inject
    private BusinessClock clock;

    private List<PolicyVersionView> versions;
    private String nextScheduledRun;
    private RunMode mode = RunMode.PREVIEW;
    private LocalDate asOf;
    private Integer policyVersion;
    private Long startedRun;
    private boolean anyGoing;

    private final LazyDataModel<RunView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(runs.count());
        }

        @Override
        public List<RunView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<RunView> page = runs.list(first, pageSize);
            anyGoing = page.stream().anyMatch(RunHistory::isGoing);
            return page;
        }

        @Override
        public String getRowKey(RunView run) {
            return String.valueOf(run.id());
        }
    };

    @PostConstruct
    void init() {
        asOf = clock.today();
        versions = policies.versions();
        policyVersion = versions.stream()
                .filter(v -> v.status() == PolicyStatus.ACTIVE)
                .map(PolicyVersionView::version)
                .findFirst()
                .orElse(null);
        nextScheduledRun =
                scheduler.nextScheduledRun().map(SCHEDULE_FORMAT::format).orElse(null);
    }

    public void start() {
        try {
            RunView run = launcher.start(new RunRequest(mode, asOf, policyVersion, null));
            startedRun = run.id();
            anyGoing = true;
            PageMessages.info("runs.runStarted", String.valueOf(run.id()));
        } catch (InvalidRunRequestException | RunRefusedException refused) {
            PageMessages.error("runs.startRefused", refused.getMessage());
        }
    }

    public void restart(long runId) {
        try {
            launcher.restart(runId);
            anyGoing = true;
            PageMessages.info("runs.runRestarted", String.valueOf(runId));
        } catch (RunRefusedException refused) {
            PageMessages.error("runs.restartRefused", refused.getMessage());
        }
    }

    public void abandon(long runId) {
        try {
            launcher.abandon(runId);
            PageMessages.info("runs.runAbandoned", String.valueOf(runId));
        } catch (RunRefusedException refused) {
            PageMessages.error("runs.abandonRefused", refused.getMessage());
        }
    }

    public boolean going(RunView run) {
        return isGoing(run);
    }

    private static boolean isGoing(RunView run) {
        return run.status() == RunStatus.STARTING || run.status() == RunStatus.RUNNING;
    }

    /** Elapsed time as h:mm:ss, or m:ss under an hour. */
    public String duration(RunView run) {
        Duration elapsed = Duration.ofMillis(run.durationMillis());
        return elapsed.toHours() > 0
                ? String.format("%d:%02d:%02d", elapsed.toHours(), elapsed.toMinutesPart(), elapsed.toSecondsPart())
                : String.format("%d:%02d", elapsed.toMinutes(), elapsed.toSecondsPart());
    }

    public LazyDataModel<RunView> getModel() {
        return model;
    }

    public boolean isAnyGoing() {
        return anyGoing;
    }

    public List<RunMode> getModes() {
        return List.of(RunMode.values());
    }

    public List<PolicyVersionView> getVersions() {
        return versions;
    }

    /** Null when no run is scheduled. */
    public String getNextScheduledRun() {
        return nextScheduledRun;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Long getStartedRun() {
        return startedRun;
    }

    public RunMode getMode() {
        return mode;
    }

    public void setMode(RunMode mode) {
        this.mode = mode;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public Integer getPolicyVersion() {
        return policyVersion;
    }

    public void setPolicyVersion(Integer policyVersion) {
        this.policyVersion = policyVersion;
    }
}
