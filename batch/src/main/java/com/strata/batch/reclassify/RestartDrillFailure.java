package com.strata.batch.reclassify;

/** The failure a restart drill asks for, so it reads as intended in the run's history. */
class RestartDrillFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RestartDrillFailure(long runId, String failAfterCustomers) {
        super("Restart drill: run " + runId + " stopped on purpose at customer position " + failAfterCustomers
                + "; restart it to finish");
    }
}
