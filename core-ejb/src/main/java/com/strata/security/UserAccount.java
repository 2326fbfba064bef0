package com.strata.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

/** Someone who signs in to Strata. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    /** The username of the user's supervisor, whose team the user belongs to; none for most users. */
    @Column(length = 64)
    private String supervisor;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** Set with a temporary password: the user replaces it before doing anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Version
    @Column(nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    private Set<String> roles = new TreeSet<>();

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Set<String> roles) {
        if (!Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Unknown role in " + roles + "; known roles are " + Roles.ALL);
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
        this.createdAt = LocalDateTime.now();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setRoles(Set<String> roles) {
        if (!Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Unknown role in " + roles + "; known roles are " + Roles.ALL);
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** A new password hash; {@code temporary} when an administrator chose it, so the user must replace it. */
    public void setPasswordHash(String passwordHash, boolean temporary) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public UserProfile toProfile() {
        return new UserProfile(
                username,
                displayName,
                active,
                supervisor,
                Roles.ALL.stream().filter(roles::contains).toList(),
                mustChangePassword,
                version);
    }
}
