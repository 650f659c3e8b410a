package org.redress.complaints.caselookup;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;

/**
 * cases-service's case search ({@code GET /api/cases?q=&size=}), called with a service token: the
 * OIDC client filter obtains it with the client credentials grant of complaints-service's own
 * Keycloak client (realm role {@code case-lookup}) and renews it before it expires. The base URL is
 * {@code quarkus.rest-client.cases-service.url}.
 */
@RegisterRestClient(configKey = "cases-service")
@OidcClientFilter
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public interface CasesServiceClient {

    @GET
    Uni<CaseList> search(@QueryParam("q") String query, @QueryParam("size") int size);

    /** The part of cases-service's answer used here; other fields are ignored. */
    record CaseList(List<CaseItem> items, long total) {
    }

    record CaseItem(String reference, String title, String status) {
    }
}
