package com.strata.refusal;

/**
 * What is wrong with one field of a request, as a fact with a stable code; the English pattern is the sentence the
 * REST API answers (its {@code {0}}, {@code {1}} ... are the problem's arguments). Pages render the same fact in the
 * reader's language from the message bundle key {@link #key()}.
 */
public enum ProblemCode {
    MISSING("is missing"),
    NOT_BLANK("must not be blank"),
    AT_MOST_CHARACTERS_GOT("at most {0} characters, got {1}"),
    AT_MOST_CHARACTERS_FOUND("at most {0} characters, found {1}"),
    MUST_BE_AT_MOST_CHARACTERS("must be at most {0} characters, found {1}"),
    COLOUR("must be a colour as #RRGGBB, got {0}"),
    YES_OR_NO("say yes or no"),
    POSITIVE_HOURS("must be more than 0 business hours, got {0}"),
    RESOLUTION_BEFORE_FIRST_RESPONSE("must be at least the first-response SLA ({0} h), got {1}"),
    FOLLOW_UP_DAYS("must be at least 1 day, or empty for no follow-up cadence, got {0}"),
    PERCENT("must be between 0 and 100, got {0}"),
    AT_MOST_DECIMALS("at most {0} decimals, got {1}"),
    CHOOSE_CHANNEL("choose at least one channel"),
    ONE_OF_GOT("must be one of {0}, got {1}"),
    CHOOSE_ONE_OF("choose one of {0}"),
    ONE_OF_FOUND("must be one of {0}, found \"{1}\""),
    NOT_BEFORE_TODAY("must be today ({0}) or later, found {1}"),
    AT_MOST_MONTHS_AHEAD("must be at most {0} months ahead ({1} at the latest), found {2}"),
    NOT_BEFORE_START("must be on or after the start date {0}, found {1}"),
    NOT_A_TIER("\"{0}\" is not a tier of the ladder {1}"),
    TIER_NEEDED("is missing; the trigger {0} needs the tier entered"),
    DAYS_FROM_ZERO_TO("must be from 0 to {0}, found {1}"),
    NOT_AN_OWNER("\"{0}\" is not an active account manager or supervisor"),
    OUTCOME_MISSING("is missing; one of {0}"),
    IN_THE_PAST("{0} is in the past; today is {1}"),
    REASON_MISSING("is missing; say why the task moves"),
    NOT_IN_TEAM("\"{0}\" is not an active account manager of your team"),
    CHOOSE_CUSTOMER("choose at least one customer"),
    AT_MOST_CUSTOMERS("at most {0} customers at once, found {1}; reassign all customers matching a filter instead"),
    NO_SUCH_CUSTOMER("no such customer {0}"),
    CHOOSE_MANAGER("choose the account manager who takes the customers over"),
    NOT_A_TEAM_MANAGER("must be an active account manager of your team, found \"{0}\""),
    INCONSISTENT_JUDGEMENTS("consistency ratio CR = {0} is above {1}; the judgement {2} over {3} = {4} deviates most"
            + " from the ratio the weights imply (about {5})"),
    NUMBER_FOUND("must be a number, found {0}"),
    WHOLE_NUMBER_FOUND("must be a whole number, found {0}"),
    /** A rule of a policy option, in the option's own English words (policy records state their rules in English). */
    POLICY_OPTION("{0}");

    private final String english;

    ProblemCode(String english) {
        this.english = english;
    }

    /** The English pattern, with {@code {n}} for the n-th argument. */
    public String english() {
        return english;
    }

    /** The message bundle key of this code, e.g. {@code problem.MISSING}. */
    public String key() {
        return "problem." + name();
    }
}
