package com.strata.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A fixed set of values drawn with given relative weights (how common a city, channel or size band is). */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private double[] cumulative = new double[0];

    Weighted<T> add(T value, double weight) {
        double total = cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
        values.add(value);
        cumulative = Arrays.copyOf(cumulative, cumulative.length + 1);
        cumulative[cumulative.length - 1] = total + weight;
        return this;
    }

    T pick(DemoRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        int slot = index >= 0 ? index + 1 : -index - 1;
        return values.get(Math.min(slot, values.size() - 1));
    }
}
