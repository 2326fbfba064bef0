package com.strata.web.imports;

import com.strata.imports.ErrorReportCsv;
import com.strata.imports.ImportFailedException;
import com.strata.imports.ImportKind;
import com.strata.imports.ImportReport;
import com.strata.imports.ImportRunStatus;
import com.strata.imports.ImportRunningException;
import com.strata.imports.ImportSubmissions;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The imports page: takes the uploaded file, hands it to the import service and follows the recorded import until
 * it has finished, then shows its report. Large files run as a batch job, so the page polls their progress.
 */
@Named
@ViewScoped
public class ImportUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ImportSubmissions importJobs;

    private ImportKind kind = ImportKind.CUSTOMERS;
    private Long runId;
    private long expectedRows;
    private ImportRunStatus status;
    private ImportReport report;

    public void upload(FileUploadEvent event) throws IOException {
        String fileName = Path.of(event.getFile().getFileName()).getFileName().toString();
        expectedRows = Math.max(1, countLines(event.getFile()) - 1);
        report = null;
        try (InputStream csv = event.getFile().getInputStream()) {
            runId = importJobs.submit(kind, csv, fileName);
        } catch (ImportRunningException running) {
            // Someone is storing a file of this kind right now: say so in the reader's language, nothing was stored.
            FacesContext faces = FacesContext.getCurrentInstance();
            ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_WARN,
                            MessageFormat.format(
                                    msg.getString("concurrency.importRunning"), msg.getString("imports.kind." + kind)),
                            ""));
            return;
        } catch (ImportFailedException | EJBException failed) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String title =
                    faces.getApplication().getResourceBundle(faces, "msg").getString("imports.failed");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, title, failed.getMessage()));
            return;
        }
        refresh();
    }

    /** Called by the poll while a job runs. */
    public void refresh() {
        if (runId == null) {
            return;
        }
        status = importJobs.status(runId);
        if (status.finished() && report == null) {
            report = importJobs.report(runId);
        }
    }

    public StreamedContent getErrorCsv() {
        byte[] csv = ErrorReportCsv.bytes(report == null ? List.of() : report.errors());
        return DefaultStreamedContent.builder()
                .name(kind.path() + "-import-" + runId + "-errors.csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    /** How far the job has got, 0–100, estimated from the file's line count. */
    public int getProgress() {
        if (status == null) {
            return 0;
        }
        return status.finished() ? 100 : (int) Math.min(99, status.read() * 100 / expectedRows);
    }

    public boolean isRunning() {
        return status != null && !status.finished();
    }

    /** The chosen kind's header, as the file must start. */
    public String getColumns() {
        return String.join(",", kind.columns());
    }

    public List<ImportKind> getKinds() {
        return List.of(ImportKind.values());
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public ImportRunStatus getStatus() {
        return status;
    }

    public ImportReport getReport() {
        return report;
    }

    private static long countLines(UploadedFile file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = file.getInputStream()) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }
}
