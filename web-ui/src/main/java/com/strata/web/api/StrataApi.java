package com.strata.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the REST API at {@code /strata/api}. */
@ApplicationPath("api")
public class StrataApi extends Application {}
