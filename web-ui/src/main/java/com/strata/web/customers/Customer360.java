package com.strata.web.customers;

import com.strata.customer.CustomerProfile;
import com.strata.customer.CustomerProfiles;
import com.strata.customer.UnknownCustomerException;
import com.strata.runs.CustomerScoreView;
import com.strata.runs.CustomerScores;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import com.strata.web.shell.LocaleSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer page ({@code customers/customer.xhtml?code=C0000001}): the customer's profile, live tier and latest
 * score. A customer outside the reader's portfolio is refused by the services (the 403 page); an unknown code says so.
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
    private LocaleSelection language;

    private String code;
    private boolean unknown;
    private CustomerProfile profile;
    private CustomerScoreView score;

    /** The view action. */
    public void load() {
        try {
            profile = profiles.profile(code);
            score = scores.latest(code).orElse(null);
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
}
