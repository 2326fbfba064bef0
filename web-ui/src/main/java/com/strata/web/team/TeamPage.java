package com.strata.web.team;

import com.strata.overrides.InvalidOverrideException;
import com.strata.overrides.OverrideRefusedException;
import com.strata.overrides.OverrideView;
import com.strata.overrides.TierOverrides;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.team.ManagerChoice;
import com.strata.team.ManagerFigures;
import com.strata.team.Team;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Team page: each account manager's figures (every figure links to the list behind it), the override requests
 * waiting for the caller's decision, and bulk reassignment. The figures and the queue are read once per view and
 * again after each step.
 */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Team team;

    @Inject
    private TierOverrides overrides;

    @Inject
    private TierServicePolicies tierPolicies;

    private List<ManagerFigures> figures;
    private List<OverrideView> queue;
    private List<ManagerChoice> targets;
    private Map<String, String> colours;
    private String comment;

    public void load() {
        figures = team.figures();
        queue = overrides.pending();
        targets = team.targets();
    }

    public List<ManagerFigures> getFigures() {
        return figures;
    }

    public List<OverrideView> getQueue() {
        return queue;
    }

    public List<ManagerChoice> getTargets() {
        return targets;
    }

    /** The tiers in force, highest first, for the reassignment filter. */
    public List<String> getTiers() {
        return tierPolicies.current().stream().map(TierServicePolicyView::tier).toList();
    }

    public String colour(String tier) {
        if (colours == null) {
            colours = tierPolicies.current().stream()
                    .collect(Collectors.toMap(TierServicePolicyView::tier, TierServicePolicyView::badgeColour));
        }
        return colours.getOrDefault(tier, "#6b7280");
    }

    public void approve(long id) {
        decide(() -> overrides.approve(id, comment), "overrides.approved");
    }

    public void reject(long id) {
        decide(() -> overrides.reject(id, comment), "overrides.rejected");
    }

    private void decide(Runnable decision, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            decision.run();
        } catch (InvalidOverrideException | OverrideRefusedException refused) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR, text(faces, "overrides.refused"), refused.getMessage()));
            faces.validationFailed();
            return;
        }
        comment = null;
        load();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, doneKey), ""));
    }

    static String text(FacesContext faces, String key, Object... arguments) {
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
