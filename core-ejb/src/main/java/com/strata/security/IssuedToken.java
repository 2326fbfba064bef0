package com.strata.security;

/** A token just created: the only moment its secret exists outside its owner's hands. */
public record IssuedToken(ApiTokenView token, String secret) {}
