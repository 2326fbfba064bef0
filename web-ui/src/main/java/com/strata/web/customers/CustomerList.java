package com.strata.web.customers;

import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerRow;
import com.strata.customer.CustomerSearch;
import com.strata.customer.CustomerSearchOptions;
import com.strata.customer.CustomerSort;
import com.strata.customer.InvalidCustomerSearchException;
import com.strata.customer.SortDirection;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.web.shell.LocaleSelection;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The customer list: the filter form's values are view parameters, so the URL opens the same list (the home and team
 * pages link to e.g. {@code ?manager=manager2&churn=true}); the table pages and sorts in the database through
 * {@link CustomerSearch}.
 */
@Named
@ViewScoped
public class CustomerList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's sortable columns by their field, and the search's sort for each. */
    private static final Map<String, CustomerSort> COLUMNS = Map.of(
            "code", CustomerSort.CODE,
            "name", CustomerSort.NAME,
            "valueIndex", CustomerSort.VALUE_INDEX,
            "predictedClv", CustomerSort.PREDICTED_CLV,
            "churnRisk", CustomerSort.CHURN_RISK,
            "lastPurchase", CustomerSort.LAST_PURCHASE);

    @Inject
    private CustomerSearch search;

    @Inject
    private TierServicePolicies tierPolicies;

    @Inject
    private LocaleSelection language;

    private String q;
    private String tier;
    private String segment;
    private String stage;
    private String churn;
    private String downgrade;
    private String manager;
    private String region;
    private String industry;
    private String sizeBand;
    private String sort;
    private String dir;

    private CustomerCriteria criteria;
    private CustomerSearchOptions options;
    private Map<String, TierServicePolicyView> tiers;
    private long matches;
    private boolean more;

    private final LazyDataModel<CustomerRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (criteria == null) {
                return 0;
            }
            long counted = search.count(criteria);
            more = counted > CustomerCriteria.MAX_MATCHES;
            matches = Math.min(counted, CustomerCriteria.MAX_MATCHES);
            return Math.toIntExact(matches);
        }

        @Override
        public List<CustomerRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (criteria == null) {
                return List.of();
            }
            CustomerCriteria page = criteria.page(first, pageSize);
            SortMeta column = sortBy.values().stream().findFirst().orElse(null);
            if (column != null && COLUMNS.containsKey(column.getField()) && column.getOrder() != SortOrder.UNSORTED) {
                page = page.sorted(
                        COLUMNS.get(column.getField()),
                        column.getOrder() == SortOrder.ASCENDING ? SortDirection.ASC : SortDirection.DESC);
            }
            return search.rows(page);
        }

        @Override
        public String getRowKey(CustomerRow row) {
            return row.code();
        }
    };

    /** Reads the view parameters into a search; wrong values are named on the page and the list stays empty. */
    public void load() {
        options = search.options();
        tiers = tierPolicies.current().stream()
                .collect(Collectors.toMap(TierServicePolicyView::tier, Function.identity()));
        try {
            criteria = CustomerCriteria.parse(
                    new CustomerCriteria.Raw(
                            q, tier, segment, stage, churn, downgrade, manager, region, industry, sizeBand, sort, dir,
                            null, null),
                    tiers.keySet());
        } catch (InvalidCustomerSearchException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (String problem : refused.details()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, ""));
            }
        }
    }

    /** Opens the list for the form's values, with the values in the URL. */
    public String apply() {
        return "/customers/list?faces-redirect=true&includeViewParams=true";
    }

    /** Opens the unfiltered list. */
    public String clear() {
        return "/customers/list?faces-redirect=true";
    }

    public LazyDataModel<CustomerRow> getModel() {
        return model;
    }

    public CustomerSearchOptions getOptions() {
        return options;
    }

    /** Whether the list is narrowed by a search or a filter (the empty list then says to widen it). */
    public boolean isFiltered() {
        return java.util.stream.Stream.of(
                        q, tier, segment, stage, churn, downgrade, manager, region, industry, sizeBand)
                .anyMatch(value -> value != null && !value.isBlank());
    }

    /** Whether an applied run has scored any customers yet (before it, the list has nothing to show). */
    public boolean isScored() {
        return options != null && !options.segments().isEmpty();
    }

    public long getMatches() {
        return matches;
    }

    public boolean isMore() {
        return more;
    }

    /** The order the URL asks for, as the table's initial sort (its header shows it). */
    public SortMeta getInitialSort() {
        CustomerSort by = criteria == null ? CustomerSort.VALUE_INDEX : criteria.sort();
        String field = COLUMNS.entrySet().stream()
                .filter(e -> e.getValue() == by)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        SortOrder order = criteria != null && criteria.direction() == SortDirection.ASC
                ? SortOrder.ASCENDING
                : SortOrder.DESCENDING;
        return SortMeta.builder().field(field).order(order).build();
    }

    public String tierName(String key) {
        TierServicePolicyView policy = key == null ? null : tiers.get(key);
        return policy == null ? key : policy.displayName(language.getLocale());
    }

    public String tierColour(String key) {
        TierServicePolicyView policy = key == null ? null : tiers.get(key);
        return policy == null ? "#6c757d" : policy.badgeColour();
    }

    public String segmentName(String key) {
        Segment value = Segment.valueOf(key);
        return language.isChinese() ? value.chinese() : value.english();
    }

    public String stageName(String key) {
        LifecycleStage value = LifecycleStage.valueOf(key);
        return language.isChinese() ? value.chinese() : value.english();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
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

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getSizeBand() {
        return sizeBand;
    }

    public void setSizeBand(String sizeBand) {
        this.sizeBand = sizeBand;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }
}
