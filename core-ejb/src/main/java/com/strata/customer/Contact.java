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

/** A person at a company customer; unique by customer and name. */
@Entity
@Table(name = "contact")
public class Contact {

    public static final int NAME_LENGTH = 200;
    public static final int TITLE_LENGTH = 100;
    public static final int PHONE_LENGTH = 50;
    /** The longest address RFC 5321 lets through. */
    public static final int EMAIL_LENGTH = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(length = TITLE_LENGTH)
    private String title;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(length = EMAIL_LENGTH)
    private String email;

    protected Contact() {}

    public Contact(Customer customer, String name) {
        this.customer = customer;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
