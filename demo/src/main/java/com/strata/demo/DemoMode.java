package com.strata.demo;

/**
 * Demo mode is switched on by the README start command ({@code -Dstrata.demo=true}); production never sets it.
 * It creates the demo users and, unless {@code -Dstrata.demo.data=false} (benchmarks that load their own base),
 * seeds an empty database with demo customers. The switch holds even though only the demo EAR carries this module:
 * a demo EAR deployed by mistake on a production server creates no users with a known password.
 */
public final class DemoMode {

    public static final String PROPERTY = "strata.demo";
    public static final String DATA_PROPERTY = "strata.demo.data";

    private DemoMode() {}

    public static boolean isOn() {
        return Boolean.getBoolean(PROPERTY);
    }

    public static boolean seedsData() {
        return isOn() && !"false".equalsIgnoreCase(System.getProperty(DATA_PROPERTY));
    }
}
