package com.strata.web.customers;

import com.strata.customer.CustomerActivity;
import com.strata.customer.CustomerProfile;
import com.strata.customer.CustomerProfiles;
import com.strata.customer.InteractionLine;
import com.strata.customer.PageRequest;
import com.strata.customer.PurchaseLine;
import com.strata.customer.ScoreHistories;
import com.strata.customer.ScorePoint;
import com.strata.customer.TierChangeEntry;
import com.strata.customer.TierTimelines;
import com.strata.customer.UnknownCustomerException;
import com.strata.runs.CustomerScoreView;
import com.strata.runs.CustomerScores;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import com.strata.web.shell.LocaleSelection;
import com.strata.web.shell.TierNames;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The customer page ({@code customers/customer.xhtml?code=C0000001}): the customer's profile, live tier, latest
 * score, score history and tier changes, and purchases and interactions read a page at a time. A customer outside the reader's portfolio is refused by the services (the 403 page); an unknown code says so.
 */
@Named
@ViewScoped
public class Customer360 implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The explanation line that says what would move the customer up (or keep their tier). */
    private static final String NEXT_STEP = "NextStep";

    @Inject
    private CustomerProfiles profiles;

    @Inject
    private CustomerScores scores;

    @Inject
    private ScoreHistories histories;

    @Inject
    private TierTimelines timelines;

    @Inject
    private CustomerActivity activity;

    @Inject
    private LocaleSelection language;

    @Inject
    private TierNames tierNames;

    private String code;
    private boolean unknown;
    private CustomerProfile profile;
    private CustomerScoreView score;
    private List<ScorePoint> history;
    private List<TierChangeEntry> timeline;
    private final PurchaseTable purchases = new PurchaseTable();
    private final InteractionTable interactions = new InteractionTable();

    /** The view action. */
    public void load() {
        try {
            profile = profiles.profile(code);
            score = scores.latest(code).orElse(null);
            history = histories.of(code, ScoreHistories.DEFAULT_RUNS);
            timeline = timelines.of(code);
        } catch (UnknownCustomerException e) {
            unknown = true;
        }
    }

    /** What the score says about the customer, in the reader's language, without what moves them up. */
    public List<String> getExplanation() {
        return lines(false);
    }

    /** What would move the customer up a tier (or keep them from dropping), in the reader's language. */
    public List<String> getMovesUp() {
        return lines(true);
    }

    private List<String> lines(boolean nextSteps) {
        if (score == null) {
            return List.of();
        }
        return score.explanation().stream()
                .filter(line -> NEXT_STEP.equals(line.kind()) == nextSteps)
                .map(line -> language.isChinese() ? line.zh() : line.en())
                .toList();
    }

    /** The history chart's configuration; null when the customer has no applied score yet. */
    public String getHistoryChart() {
        if (history == null || history.isEmpty()) {
            return null;
        }
        return HistoryChart.config(
                history,
                tierNames::of,
                text("c360.valueIndex"),
                text("c360.churnRiskPercent"),
                text("c360.predictedClv"),
                text("c360.historyAxis"));
    }

    /** The reason of a tier change in the reader's language; a reason without words of its own is shown as it is. */
    public String reasonName(String reason) {
        ResourceBundle messages = bundle();
        String key = "c360.reason." + reason;
        return messages.containsKey(key) ? messages.getString(key) : reason;
    }

    public List<ScorePoint> getHistory() {
        return history;
    }

    public List<TierChangeEntry> getTimeline() {
        return timeline;
    }

    public LazyDataModel<PurchaseLine> getPurchases() {
        return purchases;
    }

    public LazyDataModel<InteractionLine> getInteractions() {
        return interactions;
    }

    /** The segment's name in the reader's language. */
    public String segmentName(String segment) {
        Segment named = Segment.valueOf(segment);
        return language.isChinese() ? named.chinese() : named.english();
    }

    /** The lifecycle stage's name in the reader's language. */
    public String stageName(String stage) {
        LifecycleStage named = LifecycleStage.valueOf(stage);
        return language.isChinese() ? named.chinese() : named.english();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isUnknown() {
        return unknown;
    }

    public CustomerProfile getProfile() {
        return profile;
    }

    /** Null before the customer has been through an applied run. */
    public CustomerScoreView getScore() {
        return score;
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static String text(String key) {
        return bundle().getString(key);
    }

    /** The customer's purchases, a page at a time from the database, newest first. */
    private final class PurchaseTable extends LazyDataModel<PurchaseLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) activity.purchases(code, new PageRequest(0, 1)).total();
        }

        @Override
        public List<PurchaseLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return activity.purchases(code, new PageRequest(first, pageSize)).rows();
        }
    }

    /** The customer's interactions, a page at a time from the database, newest first. */
    private final class InteractionTable extends LazyDataModel<InteractionLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) activity.interactions(code, new PageRequest(0, 1)).total();
        }

        @Override
        public List<InteractionLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return activity.interactions(code, new PageRequest(first, pageSize)).rows();
        }
    }
}
