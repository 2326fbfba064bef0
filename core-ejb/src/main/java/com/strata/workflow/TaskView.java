package com.strata.workflow;

import java.time.LocalDate;
import java.util.Locale;

/** A task as the inbox, the customer page and the API show it; a reschedule or reassignment sends its version back. */
public record TaskView(
        long id,
        String customerCode,
        String customerName,
        long ruleId,
        PlaybookTrigger trigger,
        String titleEn,
        String titleZh,
        String owner,
        TaskStatus status,
        LocalDate dueOn,
        LocalDate openedOn,
        String tier,
        TaskOutcome outcome,
        String note,
        LocalDate doneOn,
        String doneBy,
        String closedReason,
        String rescheduleReason,
        TaskBucket bucket,
        int version) {

    /** The title in the reader's language: Chinese for any Chinese locale, English otherwise. */
    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }
}
