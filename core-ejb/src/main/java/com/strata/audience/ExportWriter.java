package com.strata.audience;

import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.PortfolioScope;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes an export in the background: the audience is read in keyset pages along the run's primary key (a page at a
 * time in memory, whatever the audience's size) and each page goes to the file before the next is read. Outside any
 * transaction, so a long export meets no transaction timeout and each page's query commits at once.
 */
@Stateless
@PermitAll
public class ExportWriter {

    private static final Logger LOG = Logger.getLogger(ExportWriter.class.getName());

    /** Rows per read: a million rows are 500 short queries along the index, each page a megabyte or so. */
    public static final int PAGE_ROWS = 2_000;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @EJB
    private ExportJobs jobs;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(
            long job,
            AudienceFilter filter,
            PortfolioScope scope,
            ScoredRun run,
            ExportFormat format,
            boolean chinese) {
        Path done = ExportFiles.directory().resolve(ExportFiles.fileName(job, format));
        Path part = done.resolveSibling(done.getFileName() + ".part");
        long written = 0;
        try (Connection db = dataSource.getConnection()) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
                    ExportSheet sheet = ExportSheet.of(format, out)) {
                sheet.header(Arrays.stream(ExportColumn.values())
                        .map(c -> c.heading(chinese))
                        .toList());
                long after = 0;
                int read;
                do {
                    read = 0;
                    try (PreparedStatement select = Audiences.prepare(
                                    db, AudienceSql.exportPage(filter, scope, run, after, PAGE_ROWS));
                            ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            after = row.getLong(1);
                            sheet.row(values(row, chinese));
                            read++;
                        }
                    }
                    written += read;
                    sheet.flush();
                    jobs.progress(job, written);
                } while (read == PAGE_ROWS);
            }
            Files.move(part, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            jobs.complete(job, written);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Export " + job + " failed after " + written + " rows", e);
            jobs.fail(job, "failed after " + written + " rows: " + e);
        }
    }

    private static List<Object> values(ResultSet row, boolean chinese) throws SQLException {
        ExportColumn[] columns = ExportColumn.values();
        List<Object> values = new ArrayList<>(columns.length);
        for (int i = 0; i < columns.length; i++) {
            // Column 1 is the customer id the keyset pages by; the exported columns follow.
            values.add(columns[i].read(row, i + 2, chinese));
        }
        return values;
    }
}
