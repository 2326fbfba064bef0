package com.strata.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tier's entitlements for one stretch of time. Only {@code effectiveTo} ever changes, once, when a newer row
 * replaces this one; the current row of a tier is the one without it.
 */
@Entity
@Table(name = "tier_service_policy")
public class TierServicePolicy {

    /** Column length of both display names. */
    static final int NAME_LENGTH = 64;

    /** Decimals of the discount column. */
    static final int DISCOUNT_SCALE = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String tier;

    @Column(name = "ladder_position", nullable = false, updatable = false)
    private int ladderPosition;

    @Column(name = "display_name_en", nullable = false, length = NAME_LENGTH, updatable = false)
    private String displayNameEn;

    @Column(name = "display_name_zh", nullable = false, length = NAME_LENGTH, updatable = false)
    private String displayNameZh;

    @Column(name = "badge_colour", nullable = false, length = 7, updatable = false)
    private String badgeColour;

    @Column(name = "dedicated_manager", nullable = false, updatable = false)
    private boolean dedicatedManager;

    @Column(name = "first_response_hours", nullable = false, updatable = false)
    private int firstResponseHours;

    @Column(name = "resolution_hours", nullable = false, updatable = false)
    private int resolutionHours;

    @Column(name = "follow_up_days", updatable = false)
    private Integer followUpDays;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = DISCOUNT_SCALE, updatable = false)
    private BigDecimal discountPercent;

    /** The channels' names, comma-separated in the enum's order. */
    @Column(name = "service_channels", nullable = false, length = 64, updatable = false)
    private String serviceChannels;

    @Column(name = "owning_role", nullable = false, length = 32, updatable = false)
    private String owningRole;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDateTime effectiveFrom;

    @Column(name = "effective_to")
    private LocalDateTime effectiveTo;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;

    /**
     * The tier's revision: 0 for the shipped row, one more with each change. A change sends the revision it was read
     * at; as the row's lock version it also refuses a second writer that ends the same row.
     */
    @Version
    @Column(nullable = false)
    private long version;

    protected TierServicePolicy() {}

    /** The change as the successor of {@code replaced} from {@code from}; the change has passed {@link TierPolicyRules}. */
    TierServicePolicy(
            TierServicePolicy replaced, TierServicePolicyChange change, LocalDateTime from, String changedBy) {
        this.tier = replaced.tier;
        this.ladderPosition = replaced.ladderPosition;
        this.displayNameEn = change.displayNameEn().strip();
        this.displayNameZh = change.displayNameZh().strip();
        this.badgeColour = change.badgeColour().toUpperCase(Locale.ROOT);
        this.dedicatedManager = change.dedicatedManager();
        this.firstResponseHours = change.firstResponseHours();
        this.resolutionHours = change.resolutionHours();
        this.followUpDays = change.followUpDays();
        this.discountPercent = change.discountPercent().setScale(DISCOUNT_SCALE, RoundingMode.UNNECESSARY);
        this.serviceChannels = EnumSet.copyOf(change.serviceChannels()).stream()
                .map(Enum::name)
                .collect(Collectors.joining(","));
        this.owningRole = change.owningRole();
        this.effectiveFrom = from;
        this.changedBy = changedBy;
        this.version = replaced.version + 1;
    }

    /** Ends this row's stretch: a newer row is in force from {@code to}. */
    void endAt(LocalDateTime to) {
        this.effectiveTo = to;
    }

    TierServicePolicyView toView() {
        Set<ServiceChannel> channels = Arrays.stream(serviceChannels.split(","))
                .map(ServiceChannel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceChannel.class)));
        return new TierServicePolicyView(
                tier,
                displayNameEn,
                displayNameZh,
                badgeColour,
                dedicatedManager,
                firstResponseHours,
                resolutionHours,
                followUpDays,
                discountPercent,
                channels,
                owningRole,
                effectiveFrom,
                effectiveTo,
                changedBy,
                version);
    }

    long getVersion() {
        return version;
    }

    Long getId() {
        return id;
    }

    LocalDateTime getEffectiveTo() {
        return effectiveTo;
    }
}
