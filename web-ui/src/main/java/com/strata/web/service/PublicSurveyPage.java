package com.strata.web.service;

import com.strata.refusal.Refusal;
import com.strata.surveys.PublicSurvey;
import com.strata.surveys.TicketSurveys;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The customer's survey page, opened from a link without an account: the token in {@code t} decides everything; an
 * unknown, used or expired link gets a page that says so, never an error.
 */
@Named
@ViewScoped
public class PublicSurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketSurveys surveys;

    private String token;
    private PublicSurvey survey;
    private Integer score;
    private String reason;
    private boolean thanked;

    public void open() {
        survey = surveys.open(token);
    }

    public void answer() {
        try {
            survey = surveys.answer(token, score, reason);
            thanked = true;
        } catch (Refusal refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (String line : ProblemMessages.of(refused, "survey.")) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, line, null));
            }
            faces.validationFailed();
            survey = surveys.open(token);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public PublicSurvey getSurvey() {
        return survey;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isThanked() {
        return thanked;
    }
}
