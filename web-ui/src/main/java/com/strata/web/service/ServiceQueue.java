package com.strata.web.service;

import com.strata.service.ServiceChannel;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.tickets.TicketLine;
import com.strata.tickets.TicketPage;
import com.strata.tickets.TicketQuery;
import com.strata.tickets.TicketReads;
import com.strata.tickets.TicketStatus;
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
 */
@Named
@ViewScoped
public class ServiceQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketReads reads;

    @Inject
    private TierServicePolicies policies;

    private String who = "ALL";
    private String tier;
    private TicketStatus status;
    private boolean breached;
    private ServiceChannel channel;
    private TicketPage last;

    private final LazyDataModel<TicketLine> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(page(0, 1).total());
        }

        @Override
        public List<TicketLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return page(first, pageSize).lines();
        }

        @Override
        public String getRowKey(TicketLine line) {
            return line.number();
        }
    };

    private TicketPage page(int first, int size) {
        last = reads.queue(new TicketQuery(
                "MINE".equals(who),
                "UNASSIGNED".equals(who),
                tier == null || tier.isBlank() ? null : tier,
                status,
                breached,
                channel,
                first,
                size));
        return last;
    }

    public LazyDataModel<TicketLine> getModel() {
        return model;
    }

    /** Whether the count stopped at the cap (the page says "more than"). */
    public boolean isCapped() {
        return last != null && last.capped();
    }

    public List<TierServicePolicyView> getTiers() {
        return policies.current();
    }

    public String tierColour(String key) {
        return policies.current().stream()
                .filter(p -> p.tier().equals(key))
                .map(TierServicePolicyView::badgeColour)
                .findFirst()
                .orElse("#6c757d");
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
