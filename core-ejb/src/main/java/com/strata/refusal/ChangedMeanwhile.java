package com.strata.refusal;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone else saved the thing after the caller read it (the version the caller sent is not the current one): nothing
 * was saved, and the current values come along as details ({@code member: value}, the current {@code version} last) so
 * the caller can look again and redo the change instead of overwriting it.
 */
public class ChangedMeanwhile extends Refusal {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public ChangedMeanwhile(String code, String subject, long currentVersion, List<String> currentValues) {
        super(
                RefusalKind.CONFLICT,
                code,
                "Someone else changed " + subject + " after you read it; nothing was saved. These are the current"
                        + " values (version " + currentVersion + ")",
                withVersion(currentValues, currentVersion),
                null);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    private static List<String> withVersion(List<String> values, long version) {
        List<String> details = new ArrayList<>(values);
        details.add("version: " + version);
        return details;
    }
}
