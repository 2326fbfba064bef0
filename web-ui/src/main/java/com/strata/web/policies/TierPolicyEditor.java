package com.strata.web.policies;

import com.strata.refusal.ChangedMeanwhile;
import com.strata.security.Roles;
import com.strata.service.InvalidTierPolicyException;
import com.strata.service.ServiceChannel;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.web.shell.ProblemMessages;
import com.strata.web.shell.TierNames;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The Policies page: the tiers' policies in force, one tier's history, and the edit dialog. Administrators save;
 * the service refuses anyone else and checks every rule, and each problem it names is shown in the dialog; a tier
 * saved by someone else since the dialog opened is shown again with its current values.
 */
@Named
@ViewScoped
public class TierPolicyEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TierServicePolicies policies;

    @Inject
    private TierNames tierNames;

    private List<TierServicePolicyView> current;
    private String historyTier;
    private List<TierServicePolicyView> history;
    private TierPolicyForm form;

    @PostConstruct
    void load() {
        current = policies.current();
    }

    public List<TierServicePolicyView> getCurrent() {
        return current;
    }

    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public ServiceChannel[] getChannels() {
        return ServiceChannel.values();
    }

    public List<String> getRoles() {
        return Roles.ALL;
    }

    /** Opens the dialog on the tier's policy in force. */
    public void edit(String tier) {
        form = new TierPolicyForm(policy(tier));
    }

    public TierPolicyForm getForm() {
        return form;
    }

    /** Puts the dialog's values in force; on a refusal the dialog stays open with each problem listed. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            policies.change(form.getTier(), form.toChange());
        } catch (InvalidTierPolicyException refused) {
            for (String problem : ProblemMessages.of(refused, "policies.")) {
                faces.addMessage("editForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, ""));
            }
            faces.validationFailed();
            return;
        } catch (ChangedMeanwhile stale) {
            // Someone saved the tier since the dialog opened: show what is in force now instead of overwriting it.
            String tier = form.getTier();
            load();
            form = new TierPolicyForm(policy(tier));
            faces.addMessage(
                    "editForm",
                    new FacesMessage(
                            FacesMessage.SEVERITY_WARN,
                            text(faces, "concurrency.changedMeanwhile", tierNames.of(tier)),
                            ""));
            faces.validationFailed();
            return;
        }
        String tier = form.getTier();
        load();
        showHistory(tier);
        faces.addMessage(
                null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, "policies.saved", tierNames.of(tier)), ""));
        // Only a saved change goes to the page's messages; the dialog shows a refusal's problems itself.
        PrimeFaces.current().ajax().update("messages");
    }

    public void showHistory(String tier) {
        historyTier = tier;
        history = policies.history(tier);
    }

    public String getHistoryTier() {
        return historyTier;
    }

    public List<TierServicePolicyView> getHistory() {
        return history;
    }

    private TierServicePolicyView policy(String tier) {
        return current.stream().filter(p -> p.tier().equals(tier)).findFirst().orElseThrow();
    }

    private static String text(FacesContext faces, String key, Object... arguments) {
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }
}
