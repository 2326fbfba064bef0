package com.strata.system;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** The business clock runs on real time here: only a server started for tests lets it be moved. */
public class TestClockOffException extends Refusal {

    private static final long serialVersionUID = 1L;

    public TestClockOffException() {
        super(
                RefusalKind.NOT_FOUND,
                "TEST_CLOCK_OFF",
                "The business clock can only be moved on a server started with -Dstrata.test-clock=true");
    }
}
