package com.strata.web.account;

import com.strata.security.ApiTokenView;
import com.strata.security.ApiTokens;
import com.strata.security.InvalidTokenRequestException;
import com.strata.security.IssuedToken;
import com.strata.security.TokenRules;
import com.strata.security.UnknownTokenException;
import com.strata.system.BusinessClock;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * The API tokens page: the caller's tokens, a form to create one (its secret is shown once, right after), and revoking
 * with a confirmation.
 */
@Named
@ViewScoped
public class TokenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the expiry field proposes: three months, long enough for a script, short enough to be renewed. */
    private static final int PROPOSED_MONTHS = 3;

    @Inject
    private ApiTokens tokens;

    @Inject
    private BusinessClock clock;

    private String name;
    private LocalDate expiresOn;
    private IssuedToken issued;
    private List<ApiTokenView> list;

    public List<ApiTokenView> getTokens() {
        if (list == null) {
            list = tokens.mine();
        }
        return list;
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            issued = tokens.create(name, expiresOn);
        } catch (InvalidTokenRequestException refused) {
            issued = null;
            ProblemMessages.of(refused, "tokens.")
                    .forEach(problem ->
                            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, "")));
            faces.validationFailed();
            return;
        }
        name = null;
        expiresOn = null;
        list = null;
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        text(faces, "tokens.created", issued.token().name()),
                        ""));
    }

    public void revoke(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ApiTokenView revoked = tokens.revoke(id);
            faces.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, "tokens.revoked", revoked.name()), ""));
        } catch (UnknownTokenException gone) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, gone.getMessage(), ""));
        }
        issued = null;
        list = null;
    }

    /** ACTIVE, EXPIRED or REVOKED: the state label's key suffix. */
    public String state(ApiTokenView token) {
        if (token.revokedAt() != null) {
            return "REVOKED";
        }
        return token.usable() ? "ACTIVE" : "EXPIRED";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn == null ? clock.today().plusMonths(PROPOSED_MONTHS) : expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public LocalDate getLatestExpiry() {
        return clock.today().plusMonths(TokenRules.MAX_MONTHS);
    }

    /** The token just created, whose secret the page shows this once; null otherwise. */
    public IssuedToken getIssued() {
        return issued;
    }

    private static String text(FacesContext faces, String key, Object... arguments) {
        return MessageFormat.format(
                faces.getApplication().getResourceBundle(faces, "msg").getString(key), arguments);
    }
}
