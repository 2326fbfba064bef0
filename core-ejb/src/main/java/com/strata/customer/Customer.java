package com.strata.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A person or a company we sell to, known outside Strata by its {@code code} (the key in imports). The lengths below
 * are the columns' in the migrations; the importer enforces the same ones.
 */
@Entity
@Table(name = "customer")
public class Customer {

    public static final int CODE_LENGTH = 64;
    public static final int NAME_LENGTH = 200;
    public static final int INDUSTRY_LENGTH = 100;
    public static final int REGION_LENGTH = 100;
    public static final int ACQUISITION_CHANNEL_LENGTH = 100;
    /** An account manager's username, as long as {@code app_user.username}. */
    public static final int ACCOUNT_MANAGER_LENGTH = 64;
    /** Room for the longest choice of the kind, size band, ownership and status columns. */
    public static final int CHOICE_LENGTH = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = CHOICE_LENGTH)
    private CustomerKind kind;

    @Column(length = INDUSTRY_LENGTH)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", length = CHOICE_LENGTH)
    private SizeBand sizeBand;

    @Enumerated(EnumType.STRING)
    @Column(length = CHOICE_LENGTH)
    private Ownership ownership;

    @Column(length = REGION_LENGTH)
    private String region;

    @Column(name = "acquisition_channel", length = ACQUISITION_CHANNEL_LENGTH)
    private String acquisitionChannel;

    @Column(name = "first_seen")
    private LocalDate firstSeen;

    /** Username of the account manager who owns this customer, if any. */
    @Column(name = "account_manager", length = ACCOUNT_MANAGER_LENGTH)
    private String accountManager;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = CHOICE_LENGTH)
    private CustomerStatus status;

    /** Read-only from this side: a contact is added or removed as a {@link Contact} of its own. */
    @OneToMany(mappedBy = "customer")
    @OrderBy("name")
    private List<Contact> contacts = new ArrayList<>();

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

    /** The people at this customer, by name; loaded when first read. */
    public List<Contact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    public void assignTo(String accountManagerUsername) {
        this.accountManager = accountManagerUsername;
    }
}
