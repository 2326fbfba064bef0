package com.strata.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One purchase as the customer page lists it; margin, category and channel are null when the import had none. */
public record PurchaseLine(
        String orderRef, LocalDate date, BigDecimal amount, BigDecimal margin, String category, String channel) {}
