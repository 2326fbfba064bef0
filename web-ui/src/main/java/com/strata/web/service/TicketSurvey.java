package com.strata.web.service;

import com.strata.refusal.Refusal;
import com.strata.surveys.SurveyLink;
import com.strata.surveys.TicketSurveyView;
import com.strata.surveys.TicketSurveys;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The survey section of the ticket page ({@code WEB-INF/includes/ticket-survey.xhtml}): once the ticket is resolved
 * or closed, the agent records the customer's answer or makes a single-use link to hand over; the link is shown this
 * once. The service decides what is allowed; its refusal is shown in the section.
 */
@Named
@ViewScoped
public class TicketSurvey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketSurveys surveys;

    private TicketSurveyView survey;
    private Integer score;
    private String reason;
    private String link;

    /** The survey, read again when the page shows another ticket or the ticket moved since it was read. */
    public TicketSurveyView view(String number, String ticketStatus) {
        if (survey == null
                || !survey.ticketNumber().equals(number)
                || !survey.ticketStatus().equals(ticketStatus)) {
            survey = surveys.view(number);
        }
        return survey;
    }

    public void record(String number) {
        try {
            survey = surveys.record(number, score, reason);
            score = null;
            reason = null;
            message(FacesMessage.SEVERITY_INFO, "survey.recorded");
        } catch (Refusal refused) {
            refusal(refused);
        }
    }

    public void sendLink(String number) {
        try {
            SurveyLink made = surveys.sendLink(number);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            link = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                    + external.getRequestServerPort() + external.getRequestContextPath() + made.path();
            survey = surveys.view(number);
        } catch (Refusal refused) {
            refusal(refused);
        }
    }

    private void refusal(Refusal refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (String line : ProblemMessages.of(refused, "survey.")) {
            faces.addMessage("surveyForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, line, null));
        }
        faces.validationFailed();
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage("surveyForm", new FacesMessage(severity, text, null));
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

    public String getLink() {
        return link;
    }
}
