package com.strata.web.service;

import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerRow;
import com.strata.customer.CustomerSearch;
import com.strata.refusal.Refusal;
import com.strata.service.ServiceChannel;
import com.strata.tickets.TicketDraft;
import com.strata.tickets.TicketPriority;
import com.strata.tickets.TicketSource;
import com.strata.tickets.TicketType;
import com.strata.tickets.TicketView;
import com.strata.tickets.Tickets;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Opening a ticket: find the customer first (by code, name, phone or email, through the customer search), then fill
 * in the ticket; each wrong field is named. On success the ticket page opens.
 */
@Named
@ViewScoped
public class NewTicket implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MATCHES = "10";

    @Inject
    private CustomerSearch search;

    @Inject
    private Tickets tickets;

    private String query;
    private List<CustomerRow> matches = List.of();
    private boolean searched;
    private CustomerRow chosen;
    private String subject;
    private String description;
    private ServiceChannel channel = ServiceChannel.PHONE;
    private TicketType type = TicketType.REQUEST;
    private TicketPriority priority = TicketPriority.NORMAL;
    private String assignee;

    public void find() {
        chosen = null;
        searched = true;
        try {
            matches = search.search(new CustomerCriteria.Raw(
                            query, null, null, null, null, null, null, null, null, null, null, null, null, "0",
                            MATCHES))
                    .rows();
        } catch (Refusal refused) {
            matches = List.of();
            FacesContext faces = FacesContext.getCurrentInstance();
            ProblemMessages.of(refused, "customers.")
                    .forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, "")));
        }
    }

    public void choose(CustomerRow row) {
        chosen = row;
    }

    public String create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TicketView created = tickets.create(
                    new TicketDraft(
                            chosen == null ? null : chosen.code(),
                            subject,
                            description,
                            channel,
                            type,
                            priority,
                            assignee),
                    TicketSource.DESK);
            return "/service/ticket?faces-redirect=true&number=" + created.number();
        } catch (Refusal refused) {
            ProblemMessages.of(refused, "ticket.")
                    .forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, "")));
            faces.validationFailed();
            return null;
        }
    }

    public List<String> getAssignees() {
        return tickets.assignees();
    }

    public ServiceChannel[] getChannels() {
        return ServiceChannel.values();
    }

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public TicketPriority[] getPriorities() {
        return TicketPriority.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<CustomerRow> getMatches() {
        return matches;
    }

    public boolean isSearched() {
        return searched;
    }

    public CustomerRow getChosen() {
        return chosen;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ServiceChannel getChannel() {
        return channel;
    }

    public void setChannel(ServiceChannel channel) {
        this.channel = channel;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public void setPriority(TicketPriority priority) {
        this.priority = priority;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
