package com.strata.runs;

import com.strata.dashboard.FigureTally;
import com.strata.dashboard.RunFigures;
import com.strata.scoring.CustomerScore;

/**
 * A run's dashboard figures from the scored run the publish step holds in memory: what the score step wrote, as
 * {@link RunSummaries} counts its summary, without reading a score row back.
 */
final class RunFigureCount {

    private RunFigureCount() {}

    static RunFigures of(ScoredRun run) {
        FigureTally tally = new FigureTally(run.policy().tiers().tiers(), run.size());
        for (int i = 0; i < run.size(); i++) {
            CustomerScore score = run.result().score(i);
            tally.add(
                    score.tier().assigned(),
                    score.rfm().recencyScore(),
                    score.rfm().frequencyScore(),
                    score.segment(),
                    score.stage(),
                    run.base().summaries().get(i).window().amount(),
                    score.clv().predicted().orElse(Double.NaN),
                    score.churn().risk(),
                    score.churn().warning());
        }
        return tally.figures();
    }
}
