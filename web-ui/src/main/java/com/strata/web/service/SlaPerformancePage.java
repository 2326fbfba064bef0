package com.strata.web.service;

import static com.strata.system.JsonProcessing.JSON;

import com.strata.calendar.ServiceCalendars;
import com.strata.refusal.Refusal;
import com.strata.system.BusinessClock;
import com.strata.tickets.performance.AgentTimes;
import com.strata.tickets.performance.PerformanceReport;
import com.strata.tickets.performance.SlaPerformance;
import com.strata.tickets.performance.TierOutcome;
import com.strata.web.charts.ChartConfig;
import com.strata.web.shell.ProblemMessages;
import com.strata.web.shell.TierNames;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ResourceBundle;

/**
 * The SLA performance page: a period (the last 30 days by default), met against breached tickets per tier as stacked
 * bars, the agents' median business times as bars, each beside its table. The service aggregates; this only draws.
 */
@Named
@ViewScoped
public class SlaPerformancePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MET = "#2e7d32";
    private static final String BREACHED = "#c62828";
    private static final String RUNNING = "#9ca3af";
    private static final String FIRST_RESPONSE = "#1f3a5f";
    private static final String RESOLUTION = "#f59e0b";

    @Inject
    private SlaPerformance performance;

    @Inject
    private BusinessClock clock;

    @Inject
    private ServiceCalendars calendars;

    @Inject
    private TierNames tierNames;

    private LocalDate from;
    private LocalDate to;
    private PerformanceReport report;

    public void open() {
        if (to == null) {
            to = LocalDate.ofInstant(clock.now(), calendars.current().zone());
        }
        if (from == null) {
            from = to.minusDays(29);
        }
        load();
    }

    public void load() {
        try {
            report = performance.report(from, to);
        } catch (Refusal refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (String line : ProblemMessages.of(refused, "performance.")) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, line, null));
            }
            faces.validationFailed();
        }
    }

    public String getTierChart() {
        ResourceBundle msg = bundle();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder met = JSON.createArrayBuilder();
        JsonArrayBuilder breached = JSON.createArrayBuilder();
        JsonArrayBuilder running = JSON.createArrayBuilder();
        for (TierOutcome tier : report.tiers()) {
            labels.add(tierName(tier.tier()));
            met.add(tier.met());
            breached.add(tier.breached());
            running.add(tier.running());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(ChartConfig.bar(msg.getString("performance.met"), met, MET))
                .add(ChartConfig.bar(msg.getString("performance.breached"), breached, BREACHED))
                .add(ChartConfig.bar(msg.getString("performance.running"), running, RUNNING));
        JsonObjectBuilder scales =
                ChartConfig.xy(msg.getString("performance.tier"), msg.getString("performance.tickets"));
        return stacked(ChartConfig.chart("bar", labels, datasets, scales));
    }

    public String getAgentChart() {
        ResourceBundle msg = bundle();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder first = JSON.createArrayBuilder();
        JsonArrayBuilder resolution = JSON.createArrayBuilder();
        for (AgentTimes agent : report.agents()) {
            labels.add(agent.agent());
            addOrNull(first, agent.medianFirstResponseMinutes());
            addOrNull(resolution, agent.medianResolutionMinutes());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(ChartConfig.bar(msg.getString("performance.medianFirstResponse"), first, FIRST_RESPONSE))
                .add(ChartConfig.bar(msg.getString("performance.medianResolution"), resolution, RESOLUTION));
        return ChartConfig.chart(
                "bar",
                labels,
                datasets,
                ChartConfig.xy(msg.getString("performance.agent"), msg.getString("performance.minutes")));
    }

    /** Both axes stacked, so each tier's bar adds up to its tickets. */
    private static String stacked(String config) {
        return config.replace("\"x\":{", "\"x\":{\"stacked\":true,").replace("\"y\":{", "\"y\":{\"stacked\":true,");
    }

    private static void addOrNull(JsonArrayBuilder data, Long value) {
        if (value == null) {
            data.addNull();
        } else {
            data.add(value);
        }
    }

    public String tierName(String tier) {
        return tier == null || tier.isEmpty() ? bundle().getString("performance.noTier") : tierNames.of(tier);
    }

    /** A number of business minutes as hours and minutes, e.g. "2 h 05 min". */
    public String duration(Long minutes) {
        if (minutes == null) {
            return "—";
        }
        return String.format(bundle().getString("performance.duration"), minutes / 60, minutes % 60);
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public PerformanceReport getReport() {
        return report;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
