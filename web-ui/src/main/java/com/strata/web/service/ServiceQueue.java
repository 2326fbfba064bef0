package com.strata.web.service;

import com.strata.service.ServiceChannel;
import com.strata.service.TierServicePolicyView;
import com.strata.tickets.TicketLine;
import com.strata.tickets.TicketPage;
import com.strata.tickets.TicketQuery;
import com.strata.tickets.TicketReads;
import com.strata.tickets.TicketStatus;
import com.strata.web.shell.CurrentUser;
import com.strata.web.shell.TierNames;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The service queue: open tickets, breached first, then the nearest due time, a page at a time from the database;
 * filters mine, unassigned, tier, status, breached and channel. The page polls, so due times and the order stay
 * current without a reload.
 *
 * <p>Each request reads the queue once: the table asks for the count before its page, so the count reads the page
 * the table shows (its position is kept from the last load) together with the count, and the load takes that page.
 * Only when the load asks for another page (the pager moved, or the count moved the table back) is that page read,
 * without a count.
 */
@Named
@ViewScoped
public class ServiceQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int ROWS = 25;

    @Inject
    private TicketReads reads;

    @Inject
    private TierNames tierNames;

    @Inject
    private CurrentUser currentUser;

    private String who = "ALL";
    private String tier;
    private TicketStatus status;
    private boolean breached;
    private ServiceChannel channel;
    private boolean capped;
    private Boolean opensTickets;
    private int shownFirst;
    private int shownSize = ROWS;
    /** The page read with this request's count, for the load that follows it; never kept past the request. */
    private transient TicketQuery countedQuery;

    private transient TicketPage countedPage;

    private final LazyDataModel<TicketLine> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            countedQuery = query(shownFirst, shownSize);
            countedPage = reads.queue(countedQuery);
            capped = countedPage.capped();
            return Math.toIntExact(countedPage.total());
        }

        @Override
        public List<TicketLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            TicketQuery wanted = query(first, pageSize);
            List<TicketLine> lines = wanted.equals(countedQuery) ? countedPage.lines() : reads.queueLines(wanted);
            countedQuery = null;
            countedPage = null;
            shownFirst = first;
            shownSize = pageSize;
            return lines;
        }

        @Override
        public String getRowKey(TicketLine line) {
            return line.number();
        }
    };

    private TicketQuery query(int first, int size) {
        return new TicketQuery(
                "MINE".equals(who),
                "UNASSIGNED".equals(who),
                tier == null || tier.isBlank() ? null : tier,
                status,
                breached,
                channel,
                first,
                size);
    }

    public LazyDataModel<TicketLine> getModel() {
        return model;
    }

    /** Whether the count stopped at the cap (the page says "more than"). */
    public boolean isCapped() {
        return capped;
    }

    public int getRows() {
        return ROWS;
    }

    public List<TierServicePolicyView> getTiers() {
        return tierNames.policies();
    }

    /** Whether the caller may open tickets (the "New ticket" button), asked once per view, not on every poll. */
    public boolean isOpensTickets() {
        if (opensTickets == null) {
            opensTickets = currentUser.hasRole("SERVICE_AGENT") || currentUser.hasRole("SUPERVISOR");
        }
        return opensTickets;
    }

    public List<TicketStatus> getStatuses() {
        return List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER);
    }

    public ServiceChannel[] getChannels() {
        return ServiceChannel.values();
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who == null ? "ALL" : who;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public boolean isBreached() {
        return breached;
    }

    public void setBreached(boolean breached) {
        this.breached = breached;
    }

    public ServiceChannel getChannel() {
        return channel;
    }

    public void setChannel(ServiceChannel channel) {
        this.channel = channel;
    }
}
