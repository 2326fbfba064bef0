package com.strata.scoring;

import java.time.LocalDate;

/** One purchase (or, with a negative amount, a return) as imported: the raw form a summary can be built from. */
public record PurchaseLine(LocalDate day, double amount, double margin) {}
