package com.strata.scoring;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The outcome of one run: a {@link CustomerScore} per customer, in input order, and the run's diagnostics. Scores
 * are assembled when read, so iterating a million of them in a batch writer costs no more memory than one chunk.
 */
public final class ClassificationResult {

    private final RunDiagnostics diagnostics;
    private final ScoreAssembler assembler;
    private final int size;

    ClassificationResult(RunDiagnostics diagnostics, ScoreAssembler assembler, int size) {
        this.diagnostics = diagnostics;
        this.assembler = assembler;
        this.size = size;
    }

    public RunDiagnostics diagnostics() {
        return diagnostics;
    }

    public int size() {
        return size;
    }

    /** The score of the customer at this position of the input list. */
    public CustomerScore score(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("customer index " + index + " outside 0.." + (size - 1));
        }
        return assembler.assemble(index);
    }

    /** All scores as a read-only list view, in input order. */
    public List<CustomerScore> scores() {
        return new ScoreList();
    }

    private final class ScoreList extends AbstractList<CustomerScore> implements RandomAccess {
        @Override
        public CustomerScore get(int index) {
            return score(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
