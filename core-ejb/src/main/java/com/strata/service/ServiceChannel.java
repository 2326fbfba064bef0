package com.strata.service;

/** A way a customer of a tier may reach the service desk. */
public enum ServiceChannel {
    PHONE,
    EMAIL,
    CHAT,
    WEB,
    IN_PERSON
}
