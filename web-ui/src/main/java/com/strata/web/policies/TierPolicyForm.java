package com.strata.web.policies;

import com.strata.service.ServiceChannel;
import com.strata.service.TierServicePolicyChange;
import com.strata.service.TierServicePolicyView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * The edit dialog's fields for one tier, filled from the policy in force. The page binds each field; the service
 * checks the rules when the change is saved. Channels are an array so Faces converts each checked box to its enum.
 */
public class TierPolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String tier;
    private String displayNameEn;
    private String displayNameZh;
    private String badgeColour;
    private boolean dedicatedManager;
    private Integer firstResponseHours;
    private Integer resolutionHours;
    private Integer followUpDays;
    private BigDecimal discountPercent;
    private ServiceChannel[] serviceChannels;
    private String owningRole;
    /** The revision the dialog was opened on: saving it over a newer one is refused. */
    private final long version;

    TierPolicyForm(TierServicePolicyView policy) {
        tier = policy.tier();
        displayNameEn = policy.displayNameEn();
        displayNameZh = policy.displayNameZh();
        badgeColour = policy.badgeColour();
        dedicatedManager = policy.dedicatedManager();
        firstResponseHours = policy.firstResponseHours();
        resolutionHours = policy.resolutionHours();
        followUpDays = policy.followUpDays();
        discountPercent = policy.discountPercent();
        serviceChannels = policy.serviceChannels().toArray(ServiceChannel[]::new);
        owningRole = policy.owningRole();
        version = policy.version();
    }

    TierServicePolicyChange toChange() {
        EnumSet<ServiceChannel> channels = EnumSet.noneOf(ServiceChannel.class);
        channels.addAll(Arrays.asList(serviceChannels == null ? new ServiceChannel[0] : serviceChannels));
        return new TierServicePolicyChange(
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
                version);
    }

    public String getTier() {
        return tier;
    }

    public String getDisplayNameEn() {
        return displayNameEn;
    }

    public void setDisplayNameEn(String displayNameEn) {
        this.displayNameEn = displayNameEn;
    }

    public String getDisplayNameZh() {
        return displayNameZh;
    }

    public void setDisplayNameZh(String displayNameZh) {
        this.displayNameZh = displayNameZh;
    }

    public String getBadgeColour() {
        return badgeColour;
    }

    public void setBadgeColour(String badgeColour) {
        this.badgeColour = badgeColour;
    }

    public boolean isDedicatedManager() {
        return dedicatedManager;
    }

    public void setDedicatedManager(boolean dedicatedManager) {
        this.dedicatedManager = dedicatedManager;
    }

    public Integer getFirstResponseHours() {
        return firstResponseHours;
    }

    public void setFirstResponseHours(Integer firstResponseHours) {
        this.firstResponseHours = firstResponseHours;
    }

    public Integer getResolutionHours() {
        return resolutionHours;
    }

    public void setResolutionHours(Integer resolutionHours) {
        this.resolutionHours = resolutionHours;
    }

    public Integer getFollowUpDays() {
        return followUpDays;
    }

    public void setFollowUpDays(Integer followUpDays) {
        this.followUpDays = followUpDays;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    public ServiceChannel[] getServiceChannels() {
        return serviceChannels;
    }

    public void setServiceChannels(ServiceChannel[] serviceChannels) {
        this.serviceChannels = serviceChannels;
    }

    public String getOwningRole() {
        return owningRole;
    }

    public void setOwningRole(String owningRole) {
        this.owningRole = owningRole;
    }
}
