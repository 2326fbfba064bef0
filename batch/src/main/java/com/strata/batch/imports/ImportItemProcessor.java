package com.strata.batch.imports;

import com.strata.imports.ImportKind;
import com.strata.imports.ImportSettings;
import com.strata.imports.RowValidator;
import com.strata.imports.SourceRow;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Checks one row. The import date is a job parameter, so a restart on a later day judges rows as the first start
 * did.
 */
@Dependent
@Named("importProcessor")
public class ImportItemProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = ImportJobParameters.KIND)
    private String kind;

    @Inject
    @BatchProperty(name = ImportJobParameters.IMPORT_DATE)
    private String importDate;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    private RowValidator validator;

    @Override
    public Object processItem(Object row) throws SQLException {
        if (validator == null) {
            try (Connection connection = dataSource.getConnection()) {
                validator = new RowValidator(
                        ImportKind.valueOf(kind), ImportSettings.load(connection, LocalDate.parse(importDate)));
            }
        }
        return validator.validate((SourceRow) row);
    }
}
