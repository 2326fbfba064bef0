package com.strata.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Why a customer is where they are, item by item, with renderings in English and Simplified Chinese. */
public record Explanation(List<ExplanationItem> items) {

    public Explanation {
        items = List.copyOf(items);
    }

    public List<String> english() {
        return items.stream().map(ExplanationItem::english).toList();
    }

    public List<String> chinese() {
        return items.stream().map(ExplanationItem::chinese).toList();
    }

    /** Chinese for a Chinese locale, English otherwise. */
    public List<String> in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese() : english();
    }

    /** Items of one kind, e.g. {@code explanation.find(NextStep.class)}. A loop: a run calls it for every score. */
    public <T extends ExplanationItem> List<T> find(Class<T> kind) {
        List<T> found = new ArrayList<>(1);
        for (ExplanationItem item : items) {
            if (kind.isInstance(item)) {
                found.add(kind.cast(item));
            }
        }
        return found;
    }
}
