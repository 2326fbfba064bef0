package com.strata.audience;

import java.time.LocalDateTime;

/**
 * A saved audience as callers see it.
 *
 * @param filter the filter as the audience page's query string (empty: every customer in scope)
 */
public record AudienceView(
        long id, String name, String owner, boolean shared, String filter, LocalDateTime updatedAt) {}
