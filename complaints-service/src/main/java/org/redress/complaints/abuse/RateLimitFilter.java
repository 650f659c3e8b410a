package org.redress.complaints.abuse;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.redress.platform.problem.Problem;

import io.vertx.core.http.HttpServerRequest;

/**
 * Answers 429 with {@code Retry-After} to a client over its limit on {@link PublicWrite} endpoints.
 * The client is the remote address as Quarkus resolves it: behind a trusted proxy, from the
 * forwarding headers ({@code quarkus.http.proxy.*}); otherwise the connection's peer.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;

    public RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter
    @PublicWrite
    public Response limit(HttpServerRequest request) {
        if (!limiter.enabled() || request.remoteAddress() == null) {
            return null;
        }
        long seconds = limiter.secondsToWait(request.remoteAddress().hostAddress());
        if (seconds == 0) {
            return null;
        }
        return Response.fromResponse(new Problem("https://redress.example/problems/too-many-requests",
                "Too Many Requests", 429,
                "Too many submissions from your network in a short time; please try again in " + seconds + " seconds.",
                null).toResponse())
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
