package org.redress.portal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The security headers of every response of every Redress service, set in one place just before the
 * headers are written, when the final status and content type are known: pages returned as a
 * {@code Response}, error pages, redirects to the login and 401s all get them alike.
 * <p>
 * A header the application set itself wins (the attachment download's {@code sandbox} policy, the
 * status page's {@code no-referrer}, a preview that may be framed by its own page) and is sent once,
 * never beside the default. Every HTML page also gets {@code charset=UTF-8} and
 * {@code Vary: Accept-Language, Cookie} (a page differs by the language asked for and by who is
 * logged in). The management interface is not covered: it serves no pages.
 */
@Singleton
public class ResponseHeaders {

    /** Before the application's handlers, so that the end handler is in place whatever answers. */
    private static final int PRIORITY = 1000;
    private static final String CSP = "Content-Security-Policy";
    private static final Map<String, String> EVERY_RESPONSE = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            // staff URLs carry case references and search terms: never sent to another site
            "Referrer-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
            "Cross-Origin-Opener-Policy", "same-origin");
    private static final List<String> PAGE_VARY = List.of("Accept-Language", "Cookie");

    private final String policy;
    private final Optional<String> publicPagePolicy;

    @Inject
    public ResponseHeaders(HeadersConfig config) {
        this(config.contentSecurityPolicy(), config.publicPageContentSecurityPolicy());
    }

    ResponseHeaders(String policy, Optional<String> publicPagePolicy) {
        this.policy = policy;
        this.publicPagePolicy = publicPagePolicy;
    }

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> complete(context.response().headers(), path));
        context.next();
    }

    /** Adds what is missing to {@code headers} of a response to {@code path}; keeps one value of each. */
    void complete(MultiMap headers, String path) {
        EVERY_RESPONSE.forEach((name, value) -> keepOne(headers, name, value));
        boolean page = isHtml(headers.get(HttpHeaders.CONTENT_TYPE));
        keepOne(headers, CSP, page && isPublic(path) ? publicPagePolicy.orElse(policy) : policy);
        if (isStaffOrApi(path)) {
            // personal data is not kept in the browser's or a proxy's cache
            keepOne(headers, "Cache-Control", "no-store");
        }
        if (page) {
            String type = headers.get(HttpHeaders.CONTENT_TYPE);
            if (!type.toLowerCase(Locale.ROOT).contains("charset")) {
                headers.set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
            }
            Set<String> vary = new LinkedHashSet<>();
            headers.getAll(HttpHeaders.VARY).forEach(value -> vary.addAll(List.of(value.split("\\s*,\\s*"))));
            vary.remove("");
            vary.addAll(PAGE_VARY);
            headers.set(HttpHeaders.VARY, String.join(", ", vary));
        }
    }

    /** The application's own value when it set one (the first, if it set several), else {@code value}. */
    private static void keepOne(MultiMap headers, String name, String value) {
        List<String> values = headers.getAll(name);
        headers.set(name, values.isEmpty() ? value : values.get(0));
    }

    static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    /** A page of the public, not a staff page or the portal's own files. */
    static boolean isPublic(String path) {
        return !(isUnder(path, "/staff") || isUnder(path, "/portal"));
    }

    static boolean isStaffOrApi(String path) {
        return isUnder(path, "/staff") || isUnder(path, "/api");
    }

    private static boolean isUnder(String path, String prefix) {
        return path != null && (path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
