package com.strata.batch.imports;

import com.strata.imports.ChunkWriter;
import com.strata.imports.ImportKind;
import com.strata.imports.ImportReport;
import com.strata.imports.ImportRuns;
import com.strata.imports.ValidatedRow;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Upserts the chunk and adds its totals and errors to the recorded import, all in the chunk's transaction. */
@Dependent
@Named("importWriter")
public class ImportItemWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = ImportJobParameters.KIND)
    private String kind;

    @Inject
    @BatchProperty(name = ImportJobParameters.RUN)
    private String importRunId;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @EJB
    private ImportRuns importRuns;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        ImportKind importKind = ImportKind.valueOf(kind);
        List<ValidatedRow> rows = items.stream().map(ValidatedRow.class::cast).toList();
        ImportReport chunk;
        try (Connection connection = dataSource.getConnection()) {
            chunk = new ChunkWriter(importKind).write(connection, rows).toReport(importKind);
        }
        importRuns.add(Long.parseLong(importRunId), chunk);
    }
}
