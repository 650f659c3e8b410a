package org.redress.complaints.caselookup;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.qute.TemplateData;

/**
 * Finds cases of cases-service by reference or title for the triage desk. A search never fails the
 * page: when cases-service (or Keycloak, for the token) cannot be reached, refuses, or does not
 * answer within {@code redress.case-lookup.timeout}, the outcome says so and staff type the reference.
 */
@ApplicationScoped
public class CaseLookup {

    private static final Logger LOG = Logger.getLogger(CaseLookup.class);
    private static final int MAX_QUERY = 200;

    /** A case offered as a choice. */
    @TemplateData
    public record FoundCase(String reference, String title, String status) {
    }

    /** What a search found; {@code unavailable}: cases-service could not be asked, nothing is known. */
    @TemplateData
    public record Outcome(String query, List<FoundCase> cases, long total, boolean unavailable) {

        public boolean more() {
            return total > cases.size();
        }
    }

    private final CasesServiceClient cases;
    private final CaseLookupConfig config;

    public CaseLookup(@RestClient CasesServiceClient cases, CaseLookupConfig config) {
        this.cases = cases;
        this.config = config;
    }

    /** What a link form's finder asked for ({@code findCase}): the cases found, or null when nothing was asked. */
    public Outcome findAsked(String findCase) {
        return findCase == null || findCase.isBlank() ? null : find(findCase);
    }

    /** Cases whose reference or title contains {@code query} (case-insensitive), newest first. */
    public Outcome find(String query) {
        String q = query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        try {
            CasesServiceClient.CaseList answer = cases.search(q, config.maxResults()).await().atMost(config.timeout());
            List<FoundCase> found = answer.items() == null ? List.of()
                    : answer.items().stream().map(item -> new FoundCase(item.reference(), item.title(), item.status())).toList();
            return new Outcome(q, found, Math.max(answer.total(), found.size()), false);
        } catch (RuntimeException e) {
            LOG.warnf("cases-service's case search failed: %s", reason(e));
            return new Outcome(q, List.of(), 0, true);
        }
    }

    /** Why, without the exception's message: it can quote the address, and the query in it may name a person. */
    private static String reason(Throwable failure) {
        if (failure instanceof WebApplicationException answered) {
            return "answered " + answered.getResponse().getStatus();
        }
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
