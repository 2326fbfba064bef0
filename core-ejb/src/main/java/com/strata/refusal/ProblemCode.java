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
    PASSWORD_TOO_SHORT("must be at least {0} characters, got {1}"),
    PASSWORD_LETTER_AND_DIGIT("must contain at least one letter and one digit"),
    PASSWORD_HAS_USERNAME("must not contain the username"),
    PASSWORDS_DIFFER("the two new passwords differ"),
    PASSWORD_WRONG("is not your current password"),
    PASSWORD_UNCHANGED("must differ from the current password"),
    USERNAME_FORM("2 to 64 letters, digits, \".\", \"_\" or \"-\", starting with a letter, got \"{0}\""),
    USERNAME_TAKEN("\"{0}\" is already taken"),
    USERNAME_RESERVED("\"{0}\" is reserved for the system"),
    CHOOSE_ROLE("choose at least one role"),
    NOT_A_SUPERVISOR("\"{0}\" is not an active supervisor"),
    OWN_SUPERVISOR("a user cannot be their own supervisor"),
    OWN_ADMIN_ROLE("you cannot take the administrator role from yourself"),
    PERIOD_ORDER("must be on or after the start of the period {0}, found {1}"),
    // Service calendar
    UNKNOWN_ZONE("is not a time zone, got {0}; use a region name such as Asia/Shanghai or Europe/Berlin"),
    TIME_OF_DAY("must be a time of day as HH:MM, got {0}"),
    END_AFTER_START("must be after the start {0}, got {1}"),
    PERIODS_OVERLAP("overlaps the period {0}, got {1}"),
    NO_WORKING_TIME("give at least one working period in the week"),
    DATE("must be a date as YYYY-MM-DD, got {0}"),
    DUPLICATE_DATE("{0} is listed more than once"),
    SHARE_BETWEEN("must be more than 0 and less than 1, got {0}"),
    // CSAT surveys
    SCORE_ONE_TO_FIVE("must be a whole number from 1 to 5, got {0}"),
    REASON_FOR_LOW_SCORE("is missing; a score of {0} needs the customer's reason"),
    PERIOD_AT_MOST_DAYS("the period may cover at most {0} days, found the end {1}"),
    // Service desk tickets
    NOT_A_HANDLER("\"{0}\" is not an active service agent or supervisor"),
    FROM_ONE_TO("must be from 1 to {0}, found {1}"),
    NOT_NEGATIVE("must be 0 or more, found {0}"),
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
