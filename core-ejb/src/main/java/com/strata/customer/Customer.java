package com.strata.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person or a company we sell to, known outside Strata by its {@code code} (the key in imports). */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustomerKind kind;

    @Column(length = 100)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", length = 16)
    private SizeBand sizeBand;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Ownership ownership;

    @Column(length = 100)
    private String region;

    @Column(name = "acquisition_channel", length = 100)
    private String acquisitionChannel;

    @Column(name = "first_seen")
    private LocalDate firstSeen;

    /** Username of the account manager who owns this customer, if any. */
    @Column(name = "account_manager", length = 64)
    private String accountManager;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustomerStatus status;

    protected Customer() {}

    public Customer(String code, String name, CustomerKind kind, CustomerStatus status) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public String getIndustry() {
        return industry;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public String getRegion() {
        return region;
    }

    public String getAcquisitionChannel() {
        return acquisitionChannel;
    }

    public LocalDate getFirstSeen() {
        return firstSeen;
    }

    public String getAccountManager() {
        return accountManager;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void assignTo(String accountManagerUsername) {
        this.accountManager = accountManagerUsername;
    }
}
