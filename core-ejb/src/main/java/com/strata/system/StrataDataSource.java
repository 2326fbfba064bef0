package com.strata.system;

/** Where Strata's one datasource is bound; the server configuration decides whether it is H2 or PostgreSQL. */
public final class StrataDataSource {

    public static final String JNDI_NAME = "java:jboss/datasources/StrataDS";

    private StrataDataSource() {}
}
