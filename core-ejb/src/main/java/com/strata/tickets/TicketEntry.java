package com.strata.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/** One line of a ticket's timeline (see the V17 migration); never changed once written. */
@Entity
@Table(name = "ticket_entry")
public class TicketEntry {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, updatable = false, length = Ticket.USERNAME_LENGTH)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private EntryKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 24)
    private TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 24)
    private TicketStatus toStatus;

    @Column(updatable = false, length = TEXT_LENGTH)
    private String text;

    protected TicketEntry() {}

    TicketEntry(
            long ticketId,
            Instant at,
            String author,
            EntryKind kind,
            TicketStatus fromStatus,
            TicketStatus toStatus,
            String text) {
        this.ticketId = ticketId;
        this.at = Ticket.utc(at);
        this.author = author;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public long getTicketId() {
        return ticketId;
    }

    public Instant getAt() {
        return Ticket.instant(at);
    }

    public String getAuthor() {
        return author;
    }

    public EntryKind getKind() {
        return kind;
    }

    public TicketStatus getFromStatus() {
        return fromStatus;
    }

    public TicketStatus getToStatus() {
        return toStatus;
    }

    public String getText() {
        return text;
    }
}
