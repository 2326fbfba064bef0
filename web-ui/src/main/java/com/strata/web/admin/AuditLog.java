package com.strata.web.admin;

import com.strata.audit.AuditPage;
import com.strata.audit.AuditQuery;
import com.strata.audit.AuditRecord;
import com.strata.audit.AuditTrail;
import com.strata.audit.InvalidAuditQueryException;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit page: the trail newest first, filtered by who, action, subject (from its start) and period in the
 * database, one page at a time; one entry's changed fields side by side.
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail audit;

    private String actor;
    private String action;
    private String subject;
    private LocalDate from;
    private LocalDate to;
    private AuditRecord selected;

    private final LazyDataModel<AuditRecord> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(search(0, 1, false).matches());
        }

        @Override
        public List<AuditRecord> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return search(first, pageSize, true).entries();
        }

        @Override
        public String getRowKey(AuditRecord entry) {
            return String.valueOf(entry.id());
        }
    };

    /** A filter that cannot be used shows its problem and an empty page, instead of failing the page. */
    private AuditPage search(int first, int size, boolean report) {
        try {
            return audit.search(new AuditQuery(actor, action, subject, from, to), first, size);
        } catch (InvalidAuditQueryException refused) {
            if (!report) {
                return new AuditPage(List.of(), 0);
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            for (String problem : ProblemMessages.of(refused, "audit.")) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, ""));
            }
            return new AuditPage(List.of(), 0);
        }
    }

    public LazyDataModel<AuditRecord> getModel() {
        return model;
    }

    public void show(AuditRecord entry) {
        selected = entry;
    }

    public AuditRecord getSelected() {
        return selected;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
