package org.perfportal.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's REST API, version 1. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
