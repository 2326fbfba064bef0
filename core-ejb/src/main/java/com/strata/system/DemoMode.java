package com.strata.system;

/** Demo mode is switched on by the README start command ({@code -Dstrata.demo=true}); production never sets it. */
public final class DemoMode {

    public static final String PROPERTY = "strata.demo";

    private DemoMode() {
    }

    public static boolean isOn() {
        return Boolean.getBoolean(PROPERTY);
    }
}
