package com.strata.batch.reclassify;

import com.strata.runs.RunSteps;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** Splits the run's customers, in id order, into contiguous ranges written in parallel. */
@Dependent
@Named
public class ScorePartitions implements PartitionMapper {

    @Inject
    private ReclassifiedRun run;

    @Inject
    @BatchProperty
    private int partitions;

    @EJB
    private RunSteps steps;

    @Override
    public PartitionPlan mapPartitions() {
        int customers = steps.customers(run.id());
        int count = Math.max(1, Math.min(partitions, customers));
        Properties[] ranges = new Properties[count];
        for (int p = 0; p < count; p++) {
            ranges[p] = new Properties();
            ranges[p].setProperty("from", String.valueOf((long) customers * p / count));
            ranges[p].setProperty("to", String.valueOf((long) customers * (p + 1) / count));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(ranges);
        return plan;
    }
}
