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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes an export in the background: the audience is read in keyset pages along the run's primary key, outside any
 * transaction, so a long export meets no transaction timeout and each page's query commits at once. A reader task
 * fetches the pages while this thread formats and writes the previous ones (the database, the reader and the writer
 * each keep a core busy instead of taking turns); the queue between them holds {@link #PAGES_AHEAD} pages, so memory
 * stays a few pages whatever the audience's size.
 */
@Stateless
@PermitAll
public class ExportWriter {

    private static final Logger LOG = Logger.getLogger(ExportWriter.class.getName());

    /** Rows per read: a million rows are 500 short queries along the index, each page a megabyte or so. */
    public static final int PAGE_ROWS = 2_000;

    /** Pages read ahead of the writer at most. */
    static final int PAGES_AHEAD = 2;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private ExportJobs jobs;

    /** The rows of one page; {@link #END} after the last. */
    private record Page(List<Object[]> rows) {
        static final Page END = new Page(List.of());
    }

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
        BlockingQueue<Page> pages = new ArrayBlockingQueue<>(PAGES_AHEAD);
        Future<Void> reader = null;
        try {
            reader = executor.submit(() -> read(job, pages, filter, scope, run, chinese));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
                    ExportSheet sheet = ExportSheet.of(format, out)) {
                sheet.header(Arrays.stream(ExportColumn.values())
                        .map(c -> c.heading(chinese))
                        .toList());
                long waiting = 0;
                while (true) {
                    long asked = System.nanoTime();
                    Page page = next(pages, reader);
                    waiting += System.nanoTime() - asked;
                    if (page == Page.END) {
                        break;
                    }
                    for (Object[] row : page.rows()) {
                        sheet.row(Arrays.asList(row));
                    }
                    written += page.rows().size();
                    sheet.flush();
                    jobs.progress(job, written);
                }
                long waited = waiting / 1_000_000;
                LOG.fine(() -> "Export " + job + ": the writer waited " + waited + " ms for the reader");
            }
            Files.move(part, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            jobs.complete(job, written);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Export " + job + " failed after " + written + " rows", e);
            jobs.fail(job, "failed after " + written + " rows: " + e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            // A writer that failed stops the reader, which would otherwise wait for room in the queue for ever.
            if (reader != null) {
                reader.cancel(true);
            }
        }
    }

    /**
     * The reader task: every page of the audience into the queue, then the end. It logs its time reading and its time
     * waiting for room in the queue: with the writer's wait, which side holds the export back.
     */
    private Void read(
            long job,
            BlockingQueue<Page> pages,
            AudienceFilter filter,
            PortfolioScope scope,
            ScoredRun run,
            boolean chinese)
            throws SQLException, InterruptedException {
        try (Connection db = dataSource.getConnection();
                ExportPages export = new ExportPages(db, filter, scope, run, PAGE_ROWS, chinese)) {
            long reading = 0;
            long waiting = 0;
            while (true) {
                long asked = System.nanoTime();
                List<Object[]> rows = export.next();
                long read = System.nanoTime();
                reading += read - asked;
                if (rows.isEmpty()) {
                    break;
                }
                pages.put(new Page(rows));
                waiting += System.nanoTime() - read;
            }
            long readMs = reading / 1_000_000;
            long waitedMs = waiting / 1_000_000;
            LOG.fine(() -> "Export " + job + ": the reader read for " + readMs + " ms and waited " + waitedMs
                    + " ms for the writer");
        }
        pages.put(Page.END);
        return null;
    }

    /** The next page in the queue; when the reader has stopped before the end, what stopped it. */
    private static Page next(BlockingQueue<Page> pages, Future<Void> reader) throws Exception {
        Page page;
        while ((page = pages.poll(100, TimeUnit.MILLISECONDS)) == null) {
            if (reader.isDone() && pages.isEmpty()) {
                try {
                    reader.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                throw new IllegalStateException("the reader stopped before the end of the audience");
            }
        }
        return page;
    }
}
