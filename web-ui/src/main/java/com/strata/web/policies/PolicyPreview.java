package com.strata.web.policies;

import com.strata.policy.PairwiseMatrix;
import com.strata.policy.versions.ChangeCost;
import com.strata.policy.versions.InconsistentPolicyException;
import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyChangeCosts;
import com.strata.policy.versions.PolicyStatus;
import com.strata.policy.versions.PolicyVersionView;
import com.strata.refusal.Refusal;
import com.strata.runs.RunCatalog;
import com.strata.runs.RunLauncher;
import com.strata.runs.RunMode;
import com.strata.runs.RunRequest;
import com.strata.runs.RunStatus;
import com.strata.runs.RunView;
import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.system.BusinessClock;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The preview of a policy version: runs a PREVIEW under it (progress while it runs), then shows what the change would
 * do against the live tiers and what it would cost under the tier service policies; an administrator activates the
 * draft from here after a confirmation that repeats those figures.
 */
@Named
@ViewScoped
public class PolicyPreview implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String NO_TIER = "";

    @Inject
    private PolicyCatalog policies;

    @Inject
    private RunCatalog runs;

    @Inject
    private RunLauncher launcher;

    @Inject
    private PolicyChangeCosts costs;

    @Inject
    private TierServicePolicies entitlements;

    @Inject
    private BusinessClock clock;

    private Integer id;
    private PolicyVersionView version;
    private RunView run;
    private ChangeCost cost;

    public void load() {
        version = id == null ? null : policies.version(id).orElse(null);
        refresh();
    }

    /** Reads the newest preview run of the version again; the cost once it has completed. */
    public void refresh() {
        if (version == null) {
            return;
        }
        run = runs.latestPreview(version.version()).orElse(null);
        cost = run != null && run.status() == RunStatus.COMPLETED ? costs.of(run.id()) : null;
    }

    public void start() {
        try {
            run = launcher.start(new RunRequest(RunMode.PREVIEW, clock.today(), version.version(), null));
            cost = null;
        } catch (Refusal refused) {
            error("policyPreview.startRefused", refused);
        }
    }

    public void activate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            version = policies.activateAfterPreview(version.version(), run.id());
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            PolicyPages.text("policyVersions.activated", version.version()),
                            ""));
        } catch (Refusal refused) {
            error("policyVersions.activationRefused", refused);
        }
    }

    public boolean isGoing() {
        return run != null && (run.status() == RunStatus.STARTING || run.status() == RunStatus.RUNNING);
    }

    public boolean isAdministrator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public boolean isDraft() {
        return version != null && version.status() == PolicyStatus.DRAFT;
    }

    /** Why this version cannot be activated (judgements too contradictory), in the reader's language; else null. */
    public String getBlocked() {
        PairwiseMatrix judgements = version.document().policy().valueIndex().dimensionJudgements();
        if (judgements.evaluate().isConsistent()) {
            return null;
        }
        return ProblemMessages.render(
                InconsistentPolicyException.problem(judgements), PolicyPages.bundle(), PolicyEditor.LABELS);
    }

    /** The tiers as the matrix lists them: the live ladder's order, then "not tiered yet" (null). */
    public List<String> getTiers() {
        List<String> tiers = new ArrayList<>();
        entitlements.current().forEach(policy -> tiers.add(policy.tier()));
        version.document().policy().tiers().tiers().stream()
                .filter(tier -> !tiers.contains(tier))
                .forEach(tiers::add);
        return tiers;
    }

    /**
     * The rows of the migration matrix: every tier and, when some customers have none yet, an empty name (EL turns a
     * null argument into one anyway).
     */
    public List<String> getLiveTiers() {
        List<String> tiers = new ArrayList<>(getTiers());
        if (cost != null && cost.migration().stream().anyMatch(cell -> cell.liveTier() == null)) {
            tiers.add(NO_TIER);
        }
        return tiers;
    }

    public long customers(String liveTier, String newTier) {
        return cost == null ? 0 : cost.customers(NO_TIER.equals(liveTier) ? null : liveTier, newTier);
    }

    private void error(String key, Refusal refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (String problem : ProblemMessages.of(refused, PolicyEditor.LABELS)) {
            faces.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, PolicyPages.text(key, version.version()), problem));
        }
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public PolicyVersionView getVersion() {
        return version;
    }

    public RunView getRun() {
        return run;
    }

    public ChangeCost getCost() {
        return cost;
    }
}
