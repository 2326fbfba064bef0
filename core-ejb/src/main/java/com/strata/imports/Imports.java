package com.strata.imports;

import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Imports a whole CSV file in one transaction: the good rows are stored and the bad ones reported, or, if the
 * database or the upload fails, nothing is. Analysts and administrators only.
 */
@Stateless
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class Imports {

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    public ImportReport importCsv(ImportKind kind, InputStream csv) {
        try (Connection connection = dataSource.getConnection()) {
            return new CsvImport(kind, ImportSettings.load(connection, LocalDate.now())).run(csv, connection);
        } catch (SQLException e) {
            throw new ImportFailedException(
                    "The database refused the " + kind.path() + " import: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportFailedException(
                    "The " + kind.path() + " file could not be read to its end: " + e.getMessage(), e);
        }
    }
}
