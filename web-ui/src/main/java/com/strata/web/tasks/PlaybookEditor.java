package com.strata.web.tasks;

import com.strata.refusal.ChangedMeanwhile;
import com.strata.refusal.Refusal;
import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.web.shell.ProblemMessages;
import com.strata.workflow.LedgerLine;
import com.strata.workflow.PassView;
import com.strata.workflow.PlaybookGeneration;
import com.strata.workflow.PlaybookPasses;
import com.strata.workflow.PlaybookRuleChange;
import com.strata.workflow.PlaybookRuleView;
import com.strata.workflow.PlaybookTrigger;
import com.strata.workflow.Playbooks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The playbooks page: the rules (administrators add, edit, deactivate and delete them after confirming), a pass run
 * now, and the ledgers of the latest passes. Analysts read.
 */
@Named
@ViewScoped
public class PlaybookEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many passes the page lists. */
    static final int PASSES = 5;

    @Inject
    private Playbooks playbooks;

    @Inject
    private PlaybookGeneration generation;

    @Inject
    private PlaybookPasses passes;

    @Inject
    private TierServicePolicies tierPolicies;

    private List<PlaybookRuleView> rules;
    private List<LedgerRow> ledger;
    private Long editedId;
    private RuleForm form;

    /** One rule's line of one pass's ledger, as the page lists it. */
    public record LedgerRow(
            long passId,
            LocalDate businessDate,
            String cause,
            PlaybookRuleView rule,
            LedgerLine line,
            boolean firstOfPass) {}

    /** The edit dialog's values. */
    public static final class RuleForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private PlaybookTrigger trigger = PlaybookTrigger.CHURN_WARNING;
        private String tier;
        private String titleEn;
        private String titleZh;
        private Integer dueDays = 3;
        private String fallbackOwner;
        private boolean active = true;
        /** The version of the rule the dialog was opened on (null for a new rule). */
        private Long version;

        PlaybookRuleChange toChange() {
            return new PlaybookRuleChange(
                    trigger, tier, titleEn, titleZh, dueDays == null ? -1 : dueDays, fallbackOwner, active, version);
        }

        public PlaybookTrigger getTrigger() {
            return trigger;
        }

        public void setTrigger(PlaybookTrigger trigger) {
            this.trigger = trigger;
        }

        public String getTier() {
            return tier;
        }

        public void setTier(String tier) {
            this.tier = tier;
        }

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public String getTitleZh() {
            return titleZh;
        }

        public void setTitleZh(String titleZh) {
            this.titleZh = titleZh;
        }

        public Integer getDueDays() {
            return dueDays;
        }

        public void setDueDays(Integer dueDays) {
            this.dueDays = dueDays;
        }

        public String getFallbackOwner() {
            return fallbackOwner;
        }

        public void setFallbackOwner(String fallbackOwner) {
            this.fallbackOwner = fallbackOwner;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @PostConstruct
    void load() {
        rules = playbooks.rules();
        Map<Long, PlaybookRuleView> byId =
                rules.stream().collect(Collectors.toMap(PlaybookRuleView::id, Function.identity()));
        ledger = new ArrayList<>();
        for (PassView pass : passes.newestFirst(0, PASSES)) {
            boolean first = true;
            for (LedgerLine line : pass.ledger()) {
                ledger.add(new LedgerRow(
                        pass.id(), pass.businessDate(), pass.cause().name(), byId.get(line.ruleId()), line, first));
                first = false;
            }
        }
    }

    public List<PlaybookRuleView> getRules() {
        return rules;
    }

    public List<LedgerRow> getLedger() {
        return ledger;
    }

    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public PlaybookTrigger[] getTriggers() {
        return PlaybookTrigger.values();
    }

    public List<String> getTiers() {
        return tierPolicies.current().stream().map(TierServicePolicyView::tier).toList();
    }

    public List<String> getOwners() {
        return playbooks.possibleOwners();
    }

    public void add() {
        editedId = null;
        form = new RuleForm();
    }

    public void edit(PlaybookRuleView rule) {
        editedId = rule.id();
        form = new RuleForm();
        form.trigger = rule.trigger();
        form.tier = rule.tier();
        form.titleEn = rule.titleEn();
        form.titleZh = rule.titleZh();
        form.dueDays = rule.dueDays();
        form.fallbackOwner = rule.fallbackOwner();
        form.active = rule.active();
        form.version = rule.version();
    }

    public RuleForm getForm() {
        return form;
    }

    public Long getEditedId() {
        return editedId;
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (editedId == null) {
                playbooks.add(form.toChange());
            } else {
                playbooks.change(editedId, form.toChange());
            }
        } catch (ChangedMeanwhile stale) {
            // Saved by someone else since the dialog opened: show the rule as it is now instead of overwriting it.
            String title = form.titleEn;
            load();
            rules.stream().filter(rule -> rule.id() == editedId).findFirst().ifPresent(this::edit);
            faces.addMessage(
                    "ruleForm",
                    new FacesMessage(
                            FacesMessage.SEVERITY_WARN, text(faces, "concurrency.changedMeanwhile", title), ""));
            faces.validationFailed();
            return;
        } catch (Refusal refused) {
            List<String> problems = ProblemMessages.of(refused, "playbooks.");
            problems.forEach(p -> faces.addMessage("ruleForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, p, "")));
            faces.validationFailed();
            return;
        }
        load();
        info(faces, "playbooks.saved", form.titleEn);
    }

    /** Switches a rule on or off; the page asks before switching one off. */
    public void toggle(PlaybookRuleView rule) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            playbooks.change(
                    rule.id(),
                    new PlaybookRuleChange(
                            rule.trigger(),
                            rule.tier(),
                            rule.titleEn(),
                            rule.titleZh(),
                            rule.dueDays(),
                            rule.fallbackOwner(),
                            !rule.active(),
                            rule.version()));
        } catch (ChangedMeanwhile stale) {
            load();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_WARN,
                            text(faces, "concurrency.changedMeanwhile", rule.titleEn()),
                            ""));
            return;
        } catch (Refusal refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), ""));
            return;
        }
        load();
        info(faces, rule.active() ? "playbooks.deactivated" : "playbooks.activated", rule.titleEn());
    }

    public void delete(PlaybookRuleView rule) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            playbooks.delete(rule.id());
        } catch (Refusal refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), ""));
            return;
        }
        load();
        info(faces, "playbooks.deleted", rule.titleEn());
    }

    public void runNow() {
        PassView pass = generation.runNow();
        load();
        info(FacesContext.getCurrentInstance(), "playbooks.passDone", pass.id(), pass.created(), pass.closed());
    }

    private static void info(FacesContext faces, String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, arguments), ""));
    }

    private static String text(FacesContext faces, String key, Object... arguments) {
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }
}
