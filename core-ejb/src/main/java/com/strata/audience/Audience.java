package com.strata.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A saved audience: a name, its owner, shared or private, and its filter as a query string. */
@Entity
@Table(name = "audience")
public class Audience {

    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(nullable = false)
    private boolean shared;

    @Column(nullable = false, length = AudienceFilter.MAX_QUERY_LENGTH)
    private String filter;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Audience() {}

    Audience(String name, String owner, boolean shared, String filter, LocalDateTime at) {
        this.owner = owner;
        this.createdAt = at;
        change(name, shared, filter, at);
    }

    void change(String newName, boolean newShared, String newFilter, LocalDateTime at) {
        this.name = newName;
        this.shared = newShared;
        this.filter = newFilter;
        this.updatedAt = at;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String owner() {
        return owner;
    }

    boolean shared() {
        return shared;
    }

    String filter() {
        return filter;
    }

    AudienceView toView() {
        return new AudienceView(id, name, owner, shared, filter, updatedAt);
    }
}
