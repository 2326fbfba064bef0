package com.strata.scoring;

/** Where a customer is in their relationship with us; the rules are in {@link com.strata.policy.LifecycleRules}. */
public enum LifecycleStage {
    NEW("New", "新客户"),
    GROWING("Growing", "成长期"),
    MATURE("Mature", "成熟期"),
    DECLINING("Declining", "衰退期"),
    CHURNED("Churned", "流失");

    private final String english;
    private final String chinese;

    LifecycleStage(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }
}
