package com.strata.audience;

import com.strata.audit.AuditTrail;
import com.strata.system.BusinessClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The export jobs' records, each change in its own transaction: the background writer reports progress while it
 * runs, and the page and the API read it at once. Only {@link AudienceExports} and {@link ExportWriter} call it.
 */
@Stateless
@PermitAll
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

    /** How long a finished export's file is kept for download. */
    static final int KEEP_HOURS = 24;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private BusinessClock clock;

    /** Records a new running job and audits the request (who, which audience or filter, how many rows). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ExportJobView create(
            Long audienceId, AudienceFilter filter, ExportFormat format, String language, String caller, long rows) {
        ExportJob job = new ExportJob(audienceId, filter.toQueryString(), format, language, caller, now(), rows);
        em.persist(job);
        em.flush();
        job.fileName(ExportFiles.fileName(job.id(), format));
        audit.record(
                "AUDIENCE_EXPORT",
                audienceId == null ? "audience-export:" + job.id() : "audience:" + audienceId,
                "export " + job.id() + ", format=" + format + ", rows=" + rows + ", filter=" + filter.toQueryString());
        return job.toView();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long id, long written) {
        em.find(ExportJob.class, id).progress(written);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void complete(long id, long written) {
        em.find(ExportJob.class, id).complete(written, now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, String why) {
        em.find(ExportJob.class, id).fail(why, now());
    }

    public ExportJob find(long id) {
        return em.find(ExportJob.class, id);
    }

    /** Deletes the files of exports finished more than a day ago; their jobs stay, marked EXPIRED. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    public void cleanUp() {
        List<ExportJob> old = em.createQuery(
                        "select j from ExportJob j where j.status in :done and j.finishedAt < :before", ExportJob.class)
                .setParameter("done", List.of(ExportStatus.COMPLETED, ExportStatus.FAILED))
                .setParameter("before", now().minusHours(KEEP_HOURS))
                .getResultList();
        for (ExportJob job : old) {
            try {
                Files.deleteIfExists(ExportFiles.directory().resolve(job.fileName()));
                Files.deleteIfExists(ExportFiles.directory().resolve(job.fileName() + ".part"));
                job.expire();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the file of export " + job.id(), e);
            }
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.clock());
    }
}
