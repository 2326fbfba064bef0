package com.strata.demo;

import com.strata.calendar.CalendarChange;
import com.strata.calendar.ServiceCalendars;
import com.strata.imports.ImportKind;
import com.strata.imports.ImportReport;
import com.strata.imports.Imports;
import com.strata.policy.TierLadder;
import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyDocument;
import com.strata.runs.RunCatalog;
import com.strata.runs.RunLauncher;
import com.strata.runs.RunMode;
import com.strata.runs.RunRequest;
import com.strata.runs.RunStatus;
import com.strata.runs.RunView;
import com.strata.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * In demo mode, fills an empty database with a realistic base (about 5,000 customers and 100,000 purchases) through
 * the same import path users take, then makes two APPLY runs four weeks apart so tiers, segments, scores and their
 * changes are there to look at.
 * A database that already holds customers is never seeded again.
 */
@Singleton
@Startup
@DependsOn({"core-ejb.jar#SchemaMigration", "DemoUsers"})
@RunAs(Roles.ADMIN)
@RunAsPrincipal("system")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataSeeding {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeding.class.getName());
    private static final long SEED = 20261123L;
    private static final int CUSTOMERS = 5_000;
    private static final double PURCHASES_PER_CUSTOMER = 20;
    private static final int HISTORY_DAYS = 28;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    // Core's unit, named with its module: WildFly looks a bare name up only in this module and the EAR's lib/.
    @PersistenceContext(unitName = "core-ejb.jar#strata")
    private EntityManager em;

    @EJB
    private Imports imports;

    @EJB
    private RunLauncher runs;

    @EJB
    private RunCatalog catalog;

    @EJB
    private DemoOverrides overrides;

    @EJB
    private ServiceCalendars calendars;

    @EJB
    private PolicyCatalog policies;

    @Resource
    private TimerService timers;

    @PostConstruct
    void seedEmptyDatabase() {
        if (!DemoMode.seedsData() || hasCustomers()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate asOf = LocalDate.now();
        StringWriter customers = new StringWriter();
        StringWriter contacts = new StringWriter();
        StringWriter purchases = new StringWriter();
        StringWriter interactions = new StringWriter();
        DemoDataCounts counts;
        try {
            counts = new DemoDataGenerator(new DemoDataSettings(
                            SEED, CUSTOMERS, PURCHASES_PER_CUSTOMER, asOf, DemoUsers.ACCOUNT_MANAGERS))
                    .write(customers, contacts, purchases, interactions);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not generate the demo data", e);
        }
        load(ImportKind.CUSTOMERS, customers);
        load(ImportKind.CONTACTS, contacts);
        load(ImportKind.PURCHASES, purchases);
        load(ImportKind.INTERACTIONS, interactions);
        overrides.seed(asOf);
        CalendarChange holidays = DemoCalendar.withDemoExceptions(calendars.view());
        if (holidays != null) {
            calendars.change(holidays);
        }
        draftLargerTopTiers();
        LOG.info(() -> String.format("Demo data seeded in %.1f s: %s", (System.nanoTime() - started) / 1e9, counts));
        // Classify once the deployment is up: a job started while it is still starting may not find its artifacts.
        timers.createSingleActionTimer(1, new TimerConfig(asOf, false));
    }

    /**
     * Two APPLY runs, four weeks apart, so the dashboard has a migration and a trend to show: the first as of four
     * weeks ago, then, once it has completed, one as of today. Only one APPLY run may go at a time.
     */
    @Timeout
    void classifySeededBase(Timer timer) {
        LocalDate asOf = (LocalDate) timer.getInfo();
        RunView earlier = runs.start(new RunRequest(RunMode.APPLY, asOf.minusDays(HISTORY_DAYS), null, null));
        if (awaitEnd(earlier.id()) != RunStatus.COMPLETED) {
            LOG.warning(
                    () -> "Demo APPLY run " + earlier.id() + " did not complete; the demo has no run as of " + asOf);
            return;
        }
        runs.start(new RunRequest(RunMode.APPLY, asOf, null, null));
    }

    /** The run's status once it has ended, polled: the run is a batch job of its own. */
    private RunStatus awaitEnd(long runId) {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            RunStatus status = catalog.detail(runId).run().status();
            if (status != RunStatus.STARTING && status != RunStatus.RUNNING) {
                return status;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        }
        return RunStatus.RUNNING;
    }

    /** A draft to compare, preview and activate in the policy editor: Diamond the top 2%, Platinum the next 5%. */
    private void draftLargerTopTiers() {
        PolicyDocument active = policies.document(null);
        TierLadder ladder = active.policy().tiers();
        List<Double> thresholds = new ArrayList<>(ladder.thresholds());
        thresholds.set(0, 0.02);
        thresholds.set(1, 0.05);
        policies.createDraft(
                new PolicyDocument(
                        active.policy().withTiers(new TierLadder(ladder.tiers(), ladder.kind(), thresholds)),
                        active.schedule()),
                "Demo draft: Diamond for the top 2%, Platinum for the next 5%");
    }

    private boolean hasCustomers() {
        return !em.createQuery("select c.id from Customer c")
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private void load(ImportKind kind, StringWriter csv) {
        ImportReport report =
                imports.importCsv(kind, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        if (report.rejected() > 0) {
            LOG.warning(() -> "Demo " + kind + ": " + report.rejected() + " rows rejected, first: "
                    + report.errors().get(0));
        }
    }
}
