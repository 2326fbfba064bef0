package com.strata.customer;

import java.util.List;

/** One page of a customer's purchases or interactions, newest first, and how many there are in all. */
public record CustomerPage<T>(int first, int size, long total, List<T> rows) {

    public CustomerPage {
        rows = List.copyOf(rows);
    }
}
