package com.strata.web.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The run page's diagnostics read what a run stored, including fits that failed and tiers no one could reach. */
class ModelDiagnosticsTest {

    @Test
    void fittedModelsTheirParametersAndAnUnreachableTier() {
        ModelDiagnostics read = ModelDiagnostics.parse("""
                {"asOf":"2026-06-30","customers":120,
                 "bgNbd":{"timeUnit":"WEEKS","customersFitted":118,"logLikelihood":-812.5,"iterations":140,
                          "converged":true,"r":0.61,"alpha":4.2,"a":0.8,"b":3.9},
                 "gammaGamma":{"customersFitted":70,"logLikelihood":-433.1,"iterations":90,"converged":true,
                               "p":5.1,"q":3.8,"gamma":15.2},
                 "ahp":{"current":0.571,"potential":0.286,"relationship":0.143,"consistencyRatio":0.0},
                 "tierThresholds":[{"tier":"Diamond","minimumValueIndex":null},
                                   {"tier":"Platinum","minimumValueIndex":88.25},
                                   {"tier":"Bronze","minimumValueIndex":0}],
                 "baseMeans":{"recencyDays":120.5,"frequency":2.1,"monetary":310.0},
                 "medianGapDays":41.0,"messages":[]}
                """);

        assertEquals(0.61, read.bgNbd().r());
        assertEquals(118, read.bgNbd().customersFitted());
        assertEquals("WEEKS", read.bgNbd().timeUnit());
        assertEquals(15.2, read.gammaGamma().gamma());
        assertEquals(0.571, read.ahp().current());
        assertEquals(
                List.of(
                        new ModelDiagnostics.Threshold("Diamond", null),
                        new ModelDiagnostics.Threshold("Platinum", 88.25),
                        new ModelDiagnostics.Threshold("Bronze", 0.0)),
                read.thresholds());
    }

    @Test
    void aFitThatCouldNotBeMadeHasNoParametersAndSaysWhy() {
        ModelDiagnostics read = ModelDiagnostics.parse("""
                {"bgNbd":{"timeUnit":"WEEKS","customersFitted":0,"logLikelihood":0,"iterations":0,"converged":false,
                          "problem":"no repeat purchases to fit"},
                 "gammaGamma":{"customersFitted":0,"logLikelihood":0,"iterations":0,"converged":false,
                               "problem":"no repeat buyers"},
                 "ahp":{"current":0.5,"potential":0.3,"relationship":0.2,"consistencyRatio":0.05},
                 "tierThresholds":[],
                 "messages":["P(alive) and expected purchases unavailable this run"]}
                """);

        assertNull(read.bgNbd().r());
        assertEquals("no repeat purchases to fit", read.bgNbd().problem());
        assertNull(read.gammaGamma().p());
        assertEquals(List.of("P(alive) and expected purchases unavailable this run"), read.messages());
    }
}
