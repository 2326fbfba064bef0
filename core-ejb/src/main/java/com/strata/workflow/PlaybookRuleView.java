package com.strata.workflow;

import java.time.LocalDateTime;
import java.util.Locale;

/** A playbook rule as pages and the API show it. */
public record PlaybookRuleView(
        long id,
        PlaybookTrigger trigger,
        String tier,
        String titleEn,
        String titleZh,
        int dueDays,
        String fallbackOwner,
        boolean active,
        String changedBy,
        LocalDateTime changedAt,
        long version) {

    /** The title in the reader's language: Chinese for any Chinese locale, English otherwise. */
    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }
}
