package com.strata.web.policies;

import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyStatus;
import com.strata.policy.versions.PolicyVersionView;
import com.strata.refusal.Refusal;
import com.strata.security.Roles;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The policy versions page: one page of versions at a time with status and history, and the ways on from each (a new
 * draft from it, the diff with another version, its preview), and activation of a draft for administrators.
 */
@Named
@ViewScoped
public class PolicyVersions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyCatalog policies;

    private Integer compareWith;

    private final LazyDataModel<PolicyVersionView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(policies.count());
        }

        @Override
        public List<PolicyVersionView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return policies.versions(first, pageSize);
        }

        @Override
        public String getRowKey(PolicyVersionView version) {
            return String.valueOf(version.version());
        }
    };

    public LazyDataModel<PolicyVersionView> getModel() {
        return model;
    }

    public boolean isAdministrator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public boolean isDraft(PolicyVersionView version) {
        return version.status() == PolicyStatus.DRAFT;
    }

    public boolean isConsistent(PolicyVersionView version) {
        return version.consistencyRatio() <= com.strata.policy.AhpWeights.MAX_CONSISTENCY_RATIO;
    }

    /** Activates a draft; a refusal (inconsistent judgements, no longer a draft) says why in the reader's language. */
    public void activate(int version) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            policies.activate(version);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO, PolicyPages.text("policyVersions.activated", version), ""));
        } catch (Refusal refused) {
            for (String problem : ProblemMessages.of(refused, PolicyEditor.LABELS)) {
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                PolicyPages.text("policyVersions.activationRefused", version),
                                problem));
            }
        }
    }

    public Integer getCompareWith() {
        return compareWith;
    }

    public void setCompareWith(Integer compareWith) {
        this.compareWith = compareWith;
    }
}
