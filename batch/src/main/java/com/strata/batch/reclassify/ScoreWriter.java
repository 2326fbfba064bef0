package com.strata.batch.reclassify;

import com.strata.runs.ScoreStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a chunk of consecutive customers through the score store, in the chunk's transaction. With the restart
 * drill set, the chunk that reaches that many customers fails, on the first attempt only (a restart does not pass
 * the drill on).
 */
@Dependent
@Named
public class ScoreWriter extends AbstractItemWriter {

    @Inject
    private ReclassifiedRun run;

    @Inject
    @BatchProperty
    private String failAfterCustomers;

    @EJB
    private ScoreStore store;

    @Override
    public void writeItems(List<Object> items) {
        long runId = run.id();
        int first = (Integer) items.get(0);
        int last = (Integer) items.get(items.size() - 1);
        if (failAfterCustomers != null
                && !failAfterCustomers.isBlank()
                && last >= Integer.parseInt(failAfterCustomers.trim())) {
            throw new RestartDrillFailure(runId, failAfterCustomers);
        }
        store.write(runId, first, last + 1);
    }
}
