package com.strata.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of a customer's list to read: {@code size} rows from row {@code first} (0-based). A page is at most
 * {@link #MAX_SIZE} rows, so one request never reads a long history whole.
 */
public record PageRequest(int first, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        List<String> problems = new ArrayList<>();
        if (first < 0) {
            problems.add("first: must be 0 or more, got " + first);
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add("size: must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        if (!problems.isEmpty()) {
            throw new InvalidPageException(problems);
        }
    }

    /**
     * The page that query parameters ask for; a missing value takes its default (row 0, {@link #DEFAULT_SIZE} rows).
     * Each value that is not a whole number or out of range is named in the refusal.
     */
    public static PageRequest parse(String first, String size) {
        List<String> problems = new ArrayList<>();
        Integer from = whole("first", first, 0, problems);
        Integer rows = whole("size", size, DEFAULT_SIZE, problems);
        if (from != null && from < 0) {
            problems.add("first: must be 0 or more, got " + from);
        }
        if (rows != null && (rows < 1 || rows > MAX_SIZE)) {
            problems.add("size: must be between 1 and " + MAX_SIZE + ", got " + rows);
        }
        if (!problems.isEmpty()) {
            throw new InvalidPageException(problems);
        }
        return new PageRequest(from, rows);
    }

    private static Integer whole(String name, String text, int missing, List<String> problems) {
        if (text == null || text.isBlank()) {
            return missing;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(name + ": must be a whole number, got '" + text + "'");
            return null;
        }
    }
}
