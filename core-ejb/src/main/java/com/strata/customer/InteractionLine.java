package com.strata.customer;

import java.time.LocalDate;

/** One interaction as the customer page lists it; CSAT, NPS and text are null when the import had none. */
public record InteractionLine(
        String ref, InteractionType type, LocalDate date, Integer csat, Integer nps, String text) {}
