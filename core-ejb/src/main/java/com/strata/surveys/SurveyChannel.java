package com.strata.surveys;

/** How a survey was answered: recorded by the agent, or by the customer through the link. */
public enum SurveyChannel {
    AGENT,
    LINK
}
