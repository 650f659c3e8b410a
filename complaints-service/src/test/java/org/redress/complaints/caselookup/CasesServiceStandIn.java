package org.redress.complaints.caselookup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Stands in for cases-service's {@code GET /api/cases?q=&size=} in complaints-service's tests (the
 * test profile points the REST client here). It is protected like the real one: quarkus-oidc checks
 * the bearer token against the tests' real Keycloak (signature, issuer, expiry) and the realm role
 * {@code case-lookup} is required; it remembers who called. Two queries misbehave on purpose:
 * {@code stand-in:fails} answers 503, {@code stand-in:slow} answers after 10 s.
 */
@Path("/test/cases-service/api/cases")
@RolesAllowed("case-lookup")
@Produces(MediaType.APPLICATION_JSON)
public class CasesServiceStandIn {

    /** The token's claims and roles of the last call. */
    public record Caller(String issuer, String authorizedParty, String username, Set<String> roles) {
    }

    static final List<Map<String, Object>> CASES = List.of(
            aCase("CASE-2026-0101", "Meta: AI training on EU users' posts", "FORMAL_NOTICE_SENT"),
            aCase("CASE-2026-0102", "Meta: tracking pixels on health sites", "OPEN"),
            aCase("CASE-2026-0103", "Clearview: scraping of faces", "ESCALATED"));

    static volatile Caller lastCaller;

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("size") int size) throws InterruptedException {
        lastCaller = new Caller(token.getIssuer(), token.getClaim("azp"), token.getClaim("preferred_username"),
                identity.getRoles());
        if ("stand-in:fails".equals(q)) {
            return Response.status(503).build();
        }
        if ("stand-in:slow".equals(q)) {
            Thread.sleep(10_000);
        }
        String search = q == null ? "" : q.toLowerCase(Locale.ROOT);
        List<Map<String, Object>> found = CASES.stream()
                .filter(c -> c.get("reference").toString().toLowerCase(Locale.ROOT).contains(search)
                        || c.get("title").toString().toLowerCase(Locale.ROOT).contains(search))
                .toList();
        return Response.ok(Map.of("items", found.stream().limit(size).toList(), "page", 0, "size", size,
                "total", found.size())).build();
    }

    /** A case as cases-service's list answers a service account (owner, team and tags are for staff only). */
    private static Map<String, Object> aCase(String reference, String title, String status) {
        return Map.of("id", java.util.UUID.nameUUIDFromBytes(reference.getBytes()).toString(), "reference", reference,
                "title", title, "respondent", "Meta Platforms Ireland Ltd", "status", status,
                "openedAt", "2026-01-05T10:00:00Z", "version", 3);
    }
}
