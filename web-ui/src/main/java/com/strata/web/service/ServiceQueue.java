package com.strata.web.service;

import com.strata.service.ServiceChannel;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.tickets.TicketLine;
import com.strata.tickets.TicketQuery;
import com.strata.tickets.TicketQueueSql;
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
    private boolean capped;
    /** The tier policies for the badges, read once per table load, not once per row. */
    private transient List<TierServicePolicyView> tiers;

    private final LazyDataModel<TicketLine> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // The table asks for the count before the page: the count alone, not a page read only for its total.
            long total = reads.queueCount(query(0, 1));
            capped = total > TicketQueueSql.COUNT_CAP;
            return Math.toIntExact(Math.min(total, TicketQueueSql.COUNT_CAP));
        }

        @Override
        public List<TicketLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            tiers = policies.current();
            return reads.queue(query(first, pageSize)).lines();
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

    public List<TierServicePolicyView> getTiers() {
        if (tiers == null) {
            tiers = policies.current();
        }
        return tiers;
    }

    public String tierColour(String key) {
        return getTiers().stream()
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
