package com.strata.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A ticket, complaint, campaign response, referral or survey answer; {@code ref} is its external key. */
@Entity
@Table(name = "interaction")
public class Interaction {

    public static final int REF_LENGTH = 64;
    public static final int TEXT_LENGTH = 4000;
    /** Room for the longest interaction type name. */
    public static final int TYPE_LENGTH = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = REF_LENGTH)
    private String ref;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = TYPE_LENGTH)
    private InteractionType type;

    @Column(name = "interaction_date", nullable = false)
    private LocalDate interactionDate;

    /** Customer satisfaction 1–5, when asked. */
    private Integer csat;

    /** Net promoter answer 0–10, when asked. */
    private Integer nps;

    @Column(length = TEXT_LENGTH)
    private String text;

    protected Interaction() {}

    public Interaction(String ref, Customer customer, InteractionType type, LocalDate interactionDate) {
        this.ref = ref;
        this.customer = customer;
        this.type = type;
        this.interactionDate = interactionDate;
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public Customer getCustomer() {
        return customer;
    }

    public InteractionType getType() {
        return type;
    }

    public LocalDate getInteractionDate() {
        return interactionDate;
    }

    public Integer getCsat() {
        return csat;
    }

    public Integer getNps() {
        return nps;
    }

    public String getText() {
        return text;
    }
}
