package com.strata.audit;

/** One field of an audited change, as the audit page shows it side by side; null where the field had no value. */
public record FieldChange(String field, String before, String after) {}
