package com.strata.web.overrides;

import com.strata.overrides.InvalidOverrideException;
import com.strata.overrides.OverrideRefusedException;
import com.strata.overrides.OverrideRequest;
import com.strata.overrides.OverrideRules;
import com.strata.overrides.OverrideView;
import com.strata.overrides.ReasonCategory;
import com.strata.overrides.TierOverrides;
import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.system.BusinessClock;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The overrides section of the customer page ({@code /WEB-INF/includes/customer-overrides.xhtml}): the customer's
 * overrides with the one in force, the request form for the customer's account manager, approve and reject for the
 * supervisor who decides, and ending early. Every step is the service's; a refusal's words are shown as they come.
 */
@Named
@ViewScoped
public class OverrideSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TierOverrides overrides;

    @Inject
    private TierServicePolicies tierPolicies;

    @Inject
    private BusinessClock clock;

    private String customerCode;
    private List<OverrideView> list;
    private Map<String, String> colours;
    private String tier;
    private ReasonCategory reasonCategory;
    private String reasonText;
    private LocalDate startsOn;
    private LocalDate expiresOn;
    private String comment;

    /** The customer's overrides, newest first; read once per view and after each step. */
    public List<OverrideView> of(String code) {
        if (list == null || !code.equals(customerCode)) {
            customerCode = code;
            list = overrides.forCustomer(code);
        }
        return list;
    }

    /** The override pinning the tier today, if any. */
    public OverrideView active(String code) {
        return of(code).stream()
                .filter(o -> o.state().name().equals("ACTIVE"))
                .findFirst()
                .orElse(null);
    }

    public boolean isMayRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().isUserInRole(Roles.ACCOUNT_MANAGER)
                || faces.getExternalContext().isUserInRole(Roles.SUPERVISOR);
    }

    public boolean isMayEnd() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return isMayRequest() || faces.getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public boolean decides(String accountManager) {
        return overrides.decides(accountManager);
    }

    public List<String> getTiers() {
        return overrides.tiers();
    }

    public ReasonCategory[] getCategories() {
        return ReasonCategory.values();
    }

    public String colour(String tierKey) {
        if (colours == null) {
            colours = tierPolicies.current().stream()
                    .collect(Collectors.toMap(TierServicePolicyView::tier, TierServicePolicyView::badgeColour));
        }
        return colours.getOrDefault(tierKey, "#6b7280");
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public LocalDate getLatestExpiry() {
        return clock.today().plusMonths(OverrideRules.MAX_MONTHS);
    }

    public void request() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            overrides.request(customerCode, new OverrideRequest(tier, reasonCategory, reasonText, startsOn, expiresOn));
        } catch (InvalidOverrideException refused) {
            ProblemMessages.of(refused, "overrides.")
                    .forEach(problem -> faces.addMessage(
                            "overrideForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, "")));
            faces.validationFailed();
            return;
        } catch (OverrideRefusedException refused) {
            error(faces, refused.getMessage());
            return;
        }
        tier = null;
        reasonCategory = null;
        reasonText = null;
        startsOn = null;
        expiresOn = null;
        done(faces, "overrides.requested");
    }

    /** An approval may change the live tier the page's header shows, so the whole page is shown again. */
    public void approve(long id) {
        if (step(() -> overrides.approve(id, comment), "overrides.approved")) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getApplication()
                    .getNavigationHandler()
                    .handleNavigation(
                            faces,
                            null,
                            faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true");
        }
    }

    public void reject(long id) {
        step(() -> overrides.reject(id, comment), "overrides.rejected");
    }

    public void end(long id) {
        step(() -> overrides.end(id, comment), "overrides.ended");
    }

    private boolean step(Runnable action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
        } catch (InvalidOverrideException | OverrideRefusedException refused) {
            error(faces, String.join("; ", ProblemMessages.of(refused, "overrides.")));
            return false;
        }
        comment = null;
        done(faces, doneKey);
        return true;
    }

    private void done(FacesContext faces, String key) {
        list = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key), ""));
    }

    private static void error(FacesContext faces, String detail) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "overrides.refused"), detail));
        faces.validationFailed();
    }

    private static String text(FacesContext faces, String key, Object... arguments) {
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public ReasonCategory getReasonCategory() {
        return reasonCategory;
    }

    public void setReasonCategory(ReasonCategory reasonCategory) {
        this.reasonCategory = reasonCategory;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
