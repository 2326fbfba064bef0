package com.strata.security;

import java.util.List;

/** The five roles (docs/architecture.md, Users and roles), as constants so {@code @RolesAllowed} can name them. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String ANALYST = "ANALYST";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ACCOUNT_MANAGER = "ACCOUNT_MANAGER";
    public static final String SERVICE_AGENT = "SERVICE_AGENT";

    /** In order of reach, the widest first; pages show a user's roles in this order. */
    public static final List<String> ALL = List.of(ADMIN, ANALYST, SUPERVISOR, ACCOUNT_MANAGER, SERVICE_AGENT);

    private Roles() {}
}
