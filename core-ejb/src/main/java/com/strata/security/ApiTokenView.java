package com.strata.security;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One API token as its owner sees it: never the token, only the prefix that tells it apart. Valid through
 * {@code expiresOn}; {@code usable} is false once it has expired or been revoked. The last use is kept to the minute.
 */
public record ApiTokenView(
        long id,
        String name,
        String prefix,
        LocalDateTime createdAt,
        LocalDate expiresOn,
        LocalDateTime lastUsedAt,
        LocalDateTime revokedAt,
        boolean usable) {}
