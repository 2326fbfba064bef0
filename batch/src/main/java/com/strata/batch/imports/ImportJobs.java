package com.strata.batch.imports;

import com.strata.imports.ImportKind;
import com.strata.imports.ImportNotRestartableException;
import com.strata.imports.ImportReport;
import com.strata.imports.ImportRunStatus;
import com.strata.imports.ImportRuns;
import com.strata.imports.ImportSource;
import com.strata.imports.ImportSubmissions;
import com.strata.imports.ImportTally;
import com.strata.imports.Imports;
import com.strata.imports.RowError;
import com.strata.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Imports an uploaded file and keeps a record of it: small files at once through {@link Imports}, large ones through
 * the {@code csv-import} batch job. Either way the caller gets a recorded import to follow and report on.
 *
 * <p>Not transactional itself: a job must be started outside a container transaction (it runs its own), and each
 * change to the record ({@link ImportRuns}) commits on its own.
 */
@Stateless
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJobs implements ImportSubmissions {

    /** Files up to this size are imported while the caller waits; larger ones go to the batch job. */
    public static final long DIRECT_IMPORT_BYTES = 2L * 1024 * 1024;

    @Inject
    private Imports imports;

    @Inject
    private ImportRuns importRuns;

    /**
     * Keeps the uploaded file and imports it, directly or by the batch job depending on its size; returns the
     * recorded import's id.
     */
    @Override
    public long submit(ImportKind kind, InputStream csv, String fileName) {
        Path file = store(csv, fileName);
        try {
            return Files.size(file) <= DIRECT_IMPORT_BYTES
                    ? importNow(kind, file, fileName)
                    : startJob(kind, file, fileName);
        } catch (IOException e) {
            throw new EJBException("Could not import " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** Keeps the uploaded file and imports it by the batch job whatever its size. */
    @Override
    public long submitJob(ImportKind kind, InputStream csv, String fileName) {
        Path file = store(csv, fileName);
        try {
            return startJob(kind, file, fileName);
        } catch (IOException e) {
            throw new EJBException("Could not start the import of " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** Continues a failed or stopped job after its last committed chunk. */
    @Override
    public void restart(long runId) {
        long execution = importRuns.claimRestart(runId);
        try {
            importRuns.restarted(runId, operator().restart(execution, new Properties()));
        } catch (JobExecutionAlreadyCompleteException e) {
            importRuns.restartRefused(runId);
            throw new ImportNotRestartableException(runId, "its job has completed");
        } catch (JobRestartException | JobExecutionNotMostRecentException e) {
            importRuns.restartRefused(runId);
            throw new ImportNotRestartableException(runId, "the job repository refused it (" + e.getMessage() + ")");
        }
    }

    @Override
    public ImportRunStatus status(long runId) {
        return importRuns.status(runId);
    }

    /** The recorded import's totals and its first {@value ImportTally#LISTED_ERRORS} errors in line order. */
    @Override
    public ImportReport report(long runId) {
        return importRuns.report(runId);
    }

    private long startJob(ImportKind kind, Path file, String fileName) throws IOException {
        List<RowError> problems;
        try (InputStream in = Files.newInputStream(file);
                ImportSource source = ImportSource.open(kind, in)) {
            problems = source.problems();
        }
        if (!problems.isEmpty()) {
            Files.delete(file);
            return importRuns.recordFinished(
                    kind, fileName, new ImportReport(kind, 0, 0, 0, 0, 0, problems, 0), ImportRunStatus.State.FAILED);
        }
        long runId = importRuns.begin(kind, fileName);
        Properties parameters = new Properties();
        parameters.setProperty(ImportJobParameters.KIND, kind.name());
        parameters.setProperty(ImportJobParameters.FILE, file.toString());
        parameters.setProperty(ImportJobParameters.RUN, Long.toString(runId));
        parameters.setProperty(ImportJobParameters.IMPORT_DATE, LocalDate.now().toString());
        importRuns.jobStarted(runId, operator().start(ImportJobParameters.JOB, parameters));
        return runId;
    }

    private long importNow(ImportKind kind, Path file, String fileName) throws IOException {
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = imports.importCsv(kind, in);
        } finally {
            Files.delete(file);
        }
        return importRuns.recordFinished(kind, fileName, report, ImportRunStatus.State.COMPLETED);
    }

    /** Uploads wait under the server's data directory: the job reads them there, and a restart finds them again. */
    private static Path store(InputStream csv, String fileName) {
        try {
            Path directory = Files.createDirectories(Path.of(
                    System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                    "strata",
                    "imports"));
            Path file = directory.resolve(UUID.randomUUID() + ".csv");
            Files.copy(csv, file);
            return file;
        } catch (IOException e) {
            throw new EJBException("Could not receive " + fileName + ": " + e.getMessage(), e);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
