package com.strata.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One order line summary. {@code orderRef} is the external key that makes re-imports idempotent. A negative amount
 * is a return; zero is a valid purchase (a free item).
 */
@Entity
@Table(name = "purchase")
public class Purchase {

    public static final int ORDER_REF_LENGTH = 64;
    public static final int CATEGORY_LENGTH = 100;
    public static final int CHANNEL_LENGTH = 100;
    /** Amounts and margins are NUMERIC(14, 2): exact to the cent. */
    public static final int MONEY_PRECISION = 14;

    public static final int MONEY_SCALE = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_ref", nullable = false, unique = true, length = ORDER_REF_LENGTH)
    private String orderRef;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "purchase_date", nullable = false)
    private LocalDate purchaseDate;

    @Column(nullable = false, precision = MONEY_PRECISION, scale = MONEY_SCALE)
    private BigDecimal amount;

    @Column(precision = MONEY_PRECISION, scale = MONEY_SCALE)
    private BigDecimal margin;

    @Column(length = CATEGORY_LENGTH)
    private String category;

    @Column(length = CHANNEL_LENGTH)
    private String channel;

    protected Purchase() {}

    public Purchase(String orderRef, Customer customer, LocalDate purchaseDate, BigDecimal amount) {
        this.orderRef = orderRef;
        this.customer = customer;
        this.purchaseDate = purchaseDate;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public String getOrderRef() {
        return orderRef;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getMargin() {
        return margin;
    }

    public String getCategory() {
        return category;
    }

    public String getChannel() {
        return channel;
    }

    public boolean isReturn() {
        return amount.signum() < 0;
    }
}
