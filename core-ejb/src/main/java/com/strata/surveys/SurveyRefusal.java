package com.strata.surveys;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A survey request refused; each factory names one stable code. */
public class SurveyRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    private SurveyRefusal(RefusalKind kind, String code, String message) {
        super(kind, code, message);
    }

    private SurveyRefusal(RefusalKind kind, String code, String message, List<Problem> problems) {
        super(kind, code, message, problems);
    }

    static SurveyRefusal ticketNotFound(String number) {
        return new SurveyRefusal(RefusalKind.NOT_FOUND, "TICKET_NOT_FOUND", "There is no ticket " + number);
    }

    static SurveyRefusal notResolved(String number, String status) {
        return new SurveyRefusal(
                RefusalKind.CONFLICT,
                "TICKET_NOT_RESOLVED",
                "Ticket " + number + " is " + status + "; the survey comes once it is resolved or closed");
    }

    static SurveyRefusal alreadyAnswered(String number) {
        return new SurveyRefusal(
                RefusalKind.CONFLICT, "SURVEY_ALREADY_ANSWERED", "The survey of ticket " + number + " is answered");
    }

    static SurveyRefusal invalid(List<Problem> problems) {
        return new SurveyRefusal(
                RefusalKind.INVALID,
                "INVALID_SURVEY_ANSWER",
                problems.size() + " problem(s) in the survey answer: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }

    static SurveyRefusal linkUnknown() {
        return new SurveyRefusal(RefusalKind.NOT_FOUND, "SURVEY_LINK_UNKNOWN", "This survey link is not known");
    }

    static SurveyRefusal linkUsed() {
        return new SurveyRefusal(
                RefusalKind.CONFLICT, "SURVEY_LINK_USED", "This survey link has been answered already");
    }

    static SurveyRefusal linkExpired() {
        return new SurveyRefusal(RefusalKind.CONFLICT, "SURVEY_LINK_EXPIRED", "This survey link has expired");
    }
}
