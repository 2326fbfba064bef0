package com.strata.workflow;

/**
 * The values of a playbook rule as an administrator sends them, checked by {@link PlaybookRuleRules}: {@code tier}
 * (blank for none) limits the rule to customers whose live tier it is; {@code fallbackOwner} (blank for none) owns
 * the tasks of customers without an account manager; {@code version} is the rule's version the change was made on
 * (null: whatever is stored; a stale one is refused).
 */
public record PlaybookRuleChange(
        PlaybookTrigger trigger,
        String tier,
        String titleEn,
        String titleZh,
        int dueDays,
        String fallbackOwner,
        boolean active,
        Long version) {}
