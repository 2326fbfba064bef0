package com.strata.workflow;

/**
 * Which tasks to list: {@code status} (null: every status), {@code bucket} (only for open tasks; null: all),
 * {@code owner} (null: everyone in the caller's scope), {@code customerCode} (null: every customer); a page of
 * {@code size} from {@code first}.
 */
public record TaskQuery(TaskStatus status, TaskBucket bucket, String owner, String customerCode, int first, int size) {

    /** The most tasks one page may hold. */
    public static final int MAX_PAGE = 500;

    public TaskQuery {
        if (first < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException(
                    "A page starts at 0 or later and holds 1 to " + MAX_PAGE + " tasks, found " + first + "/" + size);
        }
    }
}
