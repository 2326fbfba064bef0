package com.strata.web.service;

import com.strata.customer.CustomerActivity;
import com.strata.customer.CustomerProfile;
import com.strata.customer.CustomerProfiles;
import com.strata.customer.PageRequest;
import com.strata.customer.PurchaseLine;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import com.strata.runs.CustomerScoreView;
import com.strata.runs.CustomerScores;
import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import com.strata.tickets.CustomerTicketLine;
import com.strata.tickets.TicketReads;
import com.strata.tickets.TicketStatus;
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
import java.util.function.Supplier;

/**
 * The ticket page: the ticket with both clocks read now and its timeline, the actions the ticket allows (notes, wait,
 * resume, resolve, close, reopen, assign), and the customer beside it: tier, entitlements, manager, warnings, recent
 * tickets and purchases. Every action sends the version the page read, so a change made meanwhile is refused with a
 * message instead of overwritten.
 */
@Named
@ViewScoped
public class TicketDesk implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 5;

    @Inject
    private Tickets tickets;

    @Inject
    private TicketReads reads;

    @Inject
    private CustomerProfiles profiles;

    @Inject
    private CustomerScores scores;

    @Inject
    private CustomerActivity activity;

    @Inject
    private BusinessClock clock;

    private String number;
    private TicketView ticket;
    private CustomerProfile customer;
    private CustomerScoreView score;
    private List<CustomerTicketLine> recentTickets;
    private List<PurchaseLine> recentPurchases;
    private boolean unknown;
    private String noteText;
    private boolean toCustomer = true;
    private String comment;
    private String assignee;

    public void load() {
        try {
            ticket = reads.view(number);
        } catch (Refusal refused) {
            if (refused.kind() == RefusalKind.NOT_FOUND) {
                unknown = true;
                return;
            }
            throw refused;
        }
        String code = ticket.customerCode();
        customer = profiles.profile(code);
        score = scores.latest(code).orElse(null);
        recentTickets = reads.ofCustomer(code).stream()
                .filter(t -> !t.number().equals(ticket.number()))
                .limit(RECENT)
                .toList();
        recentPurchases = activity.purchases(code, new PageRequest(0, RECENT)).rows();
        assignee = ticket.assignee();
    }

    public boolean isHandler() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Roles.SERVICE_AGENT)
                || context.isUserInRole(Roles.SUPERVISOR)
                || context.isUserInRole(Roles.ADMIN);
    }

    /** The statuses the ticket may move to now, for the action buttons. */
    public List<TicketStatus> getNext() {
        return ticket == null ? List.of() : ticket.next(clock.now());
    }

    public boolean may(String status) {
        return getNext().contains(TicketStatus.valueOf(status));
    }

    public void addNote() {
        act(() -> tickets.addNote(number, ticket.version(), toCustomer, noteText), "ticket.noted");
    }

    public void moveTo(String status) {
        act(
                () -> tickets.changeStatus(number, ticket.version(), TicketStatus.valueOf(status), comment),
                "ticket.moved." + status);
    }

    public void assign() {
        act(() -> tickets.assign(number, ticket.version(), assignee), "ticket.assigned");
    }

    public List<String> getAssignees() {
        return tickets.assignees();
    }

    private void act(Supplier<TicketView> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
        } catch (Refusal refused) {
            ProblemMessages.of(refused, "ticket.")
                    .forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, "")));
            faces.validationFailed();
            return;
        }
        noteText = null;
        comment = null;
        load();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(doneKey);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
    }

    public String getNumber() {
        return number;
    }

    /**
     * The number comes with the first request only: a later postback (an action, the survey, the language switch) does
     * not carry it, and must not lose the ticket the view shows.
     */
    public void setNumber(String number) {
        if (number != null && !number.isBlank()) {
            this.number = number;
        }
    }

    public TicketView getTicket() {
        return ticket;
    }

    public CustomerProfile getCustomer() {
        return customer;
    }

    public CustomerScoreView getScore() {
        return score;
    }

    public List<CustomerTicketLine> getRecentTickets() {
        return recentTickets;
    }

    public List<PurchaseLine> getRecentPurchases() {
        return recentPurchases;
    }

    public boolean isUnknown() {
        return unknown;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public boolean isToCustomer() {
        return toCustomer;
    }

    public void setToCustomer(boolean toCustomer) {
        this.toCustomer = toCustomer;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
