package com.strata.batch.reclassify;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Hands out the positions of one partition's customers; the checkpoint is the next position to write. */
@Dependent
@Named
public class ScoreReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private int from;

    @Inject
    @BatchProperty
    private int to;

    private int next;

    @Override
    public void open(Serializable checkpoint) {
        next = checkpoint == null ? from : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < to ? next++ : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
