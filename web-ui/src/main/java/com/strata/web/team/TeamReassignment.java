package com.strata.web.team;

import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerRow;
import com.strata.customer.CustomerSearch;
import com.strata.customer.InvalidCustomerSearchException;
import com.strata.team.InvalidReassignmentException;
import com.strata.team.Reassigned;
import com.strata.team.Team;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Team page's reassignment: a filter over the team's customers (the customers list's criteria), a page of the
 * matches to choose from, and moving the chosen ones or all matches to another active account manager, with or
 * without their open tasks.
 */
@Named
@ViewScoped
public class TeamReassignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Team team;

    @Inject
    private CustomerSearch search;

    @Inject
    private TeamPage page;

    private String manager;
    private String tier;
    private String churn;
    private String downgrade;
    private String q;
    private String target;
    private boolean moveTasks = true;
    private List<CustomerRow> chosen = new ArrayList<>();
    private CustomerCriteria criteria;
    private long matches;

    private final LazyDataModel<CustomerRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            matches = criteria == null ? 0 : Math.min(search.count(criteria), CustomerCriteria.MAX_MATCHES);
            return Math.toIntExact(matches);
        }

        @Override
        public List<CustomerRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return criteria == null ? List.of() : search.rows(criteria.page(first, pageSize));
        }

        @Override
        public String getRowKey(CustomerRow row) {
            return row.code();
        }

        /** Customers are chosen on the page on show, so a chosen key names a row of the page last loaded. */
        @Override
        public CustomerRow getRowData(String rowKey) {
            List<CustomerRow> page = getWrappedData();
            return page == null
                    ? null
                    : page.stream()
                            .filter(row -> row.code().equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    };

    /** Shows the customers matching the filter; a wrong value is named and nothing is shown. */
    public void show() {
        chosen = new ArrayList<>();
        try {
            criteria = CustomerCriteria.parse(raw(), search.options().tiers());
        } catch (InvalidCustomerSearchException refused) {
            criteria = null;
            refused.details().forEach(problem -> message(FacesMessage.SEVERITY_ERROR, problem, ""));
        }
    }

    public void moveChosen() {
        List<String> codes = chosen.stream().map(CustomerRow::code).toList();
        move(() -> team.reassign(codes, target, moveTasks));
    }

    public void moveAllMatching() {
        move(() -> team.reassignMatching(raw(), target, moveTasks));
    }

    private void move(java.util.function.Supplier<Reassigned> reassignment) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Reassigned moved;
        try {
            moved = reassignment.get();
        } catch (InvalidReassignmentException | InvalidCustomerSearchException refused) {
            ProblemMessages.of(refused, "team.").forEach(problem -> message(FacesMessage.SEVERITY_ERROR, problem, ""));
            faces.validationFailed();
            return;
        }
        chosen = new ArrayList<>();
        // The figures above the table move with the customers.
        page.load();
        message(
                FacesMessage.SEVERITY_INFO,
                TeamPage.text(faces, "team.moved", moved.customers(), moved.tasks(), moved.manager()),
                "");
    }

    private CustomerCriteria.Raw raw() {
        return new CustomerCriteria.Raw(
                q, tier, null, null, churn, downgrade, null, manager, null, null, null, null, null, null, null);
    }

    private static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }

    public LazyDataModel<CustomerRow> getModel() {
        return model;
    }

    public boolean isShown() {
        return criteria != null;
    }

    public long getMatches() {
        return matches;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getChurn() {
        return churn;
    }

    public void setChurn(String churn) {
        this.churn = churn;
    }

    public String getDowngrade() {
        return downgrade;
    }

    public void setDowngrade(String downgrade) {
        this.downgrade = downgrade;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public boolean isMoveTasks() {
        return moveTasks;
    }

    public void setMoveTasks(boolean moveTasks) {
        this.moveTasks = moveTasks;
    }

    public List<CustomerRow> getChosen() {
        return chosen;
    }

    public void setChosen(List<CustomerRow> chosen) {
        this.chosen = chosen;
    }
}
