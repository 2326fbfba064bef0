package com.strata.security;

import java.util.List;

/** One page of users and the number of users matching the filters. */
public record UserPage(List<UserProfile> users, long matches) {}
