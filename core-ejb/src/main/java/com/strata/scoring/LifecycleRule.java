package com.strata.scoring;

/** The lifecycle rule that matched a customer, naming the stage it gives, so the explanation can cite it. */
public enum LifecycleRule {
    FIRST_PURCHASE_RECENT(LifecycleStage.NEW),
    NO_PURCHASE_YET(LifecycleStage.NEW),
    NEVER_PURCHASED(LifecycleStage.CHURNED),
    SILENT_TOO_LONG(LifecycleStage.CHURNED),
    MODEL_SAYS_GONE(LifecycleStage.CHURNED),
    OVERDUE(LifecycleStage.DECLINING),
    SPEND_FELL(LifecycleStage.DECLINING),
    MODEL_SAYS_FADING(LifecycleStage.DECLINING),
    YOUNG_RELATIONSHIP(LifecycleStage.GROWING),
    SPEND_ROSE(LifecycleStage.GROWING),
    STEADY(LifecycleStage.MATURE);

    private final LifecycleStage stage;

    LifecycleRule(LifecycleStage stage) {
        this.stage = stage;
    }

    public LifecycleStage stage() {
        return stage;
    }
}
