package com.strata.imports;

import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Imports a whole CSV file in one transaction: the good rows are stored and the bad ones reported, or, if the
 * database or the upload fails, nothing is. One import of a kind at a time. Analysts and administrators only.
 */
@Stateless
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class Imports {

    /** The SQL states of a lock that NOWAIT could not take: H2's lock timeout, PostgreSQL's lock_not_available. */
    private static final Set<String> LOCK_NOT_AVAILABLE = Set.of("HYT00", "55P03");

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    public ImportReport importCsv(ImportKind kind, InputStream csv) {
        try (Connection connection = dataSource.getConnection()) {
            holdKind(connection, kind);
            return new CsvImport(kind, ImportSettings.load(connection, LocalDate.now())).run(csv, connection);
        } catch (SQLException e) {
            throw new ImportFailedException(
                    "The database refused the " + kind.path() + " import: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportFailedException(
                    "The " + kind.path() + " file could not be read to its end: " + e.getMessage(), e);
        }
    }

    /**
     * Locks the kind's row of {@code import_lock} until this transaction ends, refusing at once when another import
     * of the kind holds it: two imports of one file at a time would otherwise race for the same keys.
     */
    private static void holdKind(Connection connection, ImportKind kind) throws SQLException {
        try (PreparedStatement lock =
                connection.prepareStatement("SELECT kind FROM import_lock WHERE kind = ? FOR UPDATE NOWAIT")) {
            lock.setString(1, kind.name());
            lock.executeQuery().close();
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.contains(e.getSQLState())) {
                throw new ImportRunningException(kind);
            }
            throw e;
        }
    }
}
