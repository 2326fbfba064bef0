package com.strata.surveys;

import com.strata.refusal.Problem;
import com.strata.refusal.ProblemCode;
import java.util.ArrayList;
import java.util.List;

/** What a survey answer must hold: a score from 1 to 5, and for 1 or 2 a reason (the complaint is the point). */
public final class SurveyAnswerRules {

    public static final int REASON_LENGTH = 1000;

    private SurveyAnswerRules() {}

    public static List<Problem> problems(Integer score, String reason) {
        List<Problem> problems = new ArrayList<>();
        if (score == null) {
            problems.add(Problem.of("score", ProblemCode.MISSING));
        } else if (score < 1 || score > 5) {
            problems.add(Problem.of("score", ProblemCode.SCORE_ONE_TO_FIVE, score));
        }
        String text = reason == null ? "" : reason.strip();
        if (score != null && score >= 1 && score <= 2 && text.isEmpty()) {
            problems.add(Problem.of("reason", ProblemCode.REASON_FOR_LOW_SCORE, score));
        }
        if (text.length() > REASON_LENGTH) {
            problems.add(Problem.of("reason", ProblemCode.AT_MOST_CHARACTERS_GOT, REASON_LENGTH, text.length()));
        }
        return problems;
    }
}
