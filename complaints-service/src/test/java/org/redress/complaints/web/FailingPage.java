package org.redress.complaints.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A staff page of the tests only, which fails as a bug would: with an exception nobody maps. */
@Path("/staff/test/failing-page")
@RolesAllowed("staff")
public class FailingPage {

    static final String SECRET = "connection string postgres://redress:hunter2@db";

    @GET
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
