package org.redress.complaints.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.redress.platform.problem.Problem;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * CSRF protection of the staff forms (double-submit cookie): a staff page read without the cookie
 * gets a new random token in an HttpOnly, SameSite=Strict cookie scoped to {@code /staff}, and its
 * forms carry the same token ({@link StaffCsrf}, {@code inject:csrf.token}). A form post under
 * {@code /staff/} whose token is not the cookie's is refused with 400 before any resource method
 * runs. Public forms (outside {@code /staff/}) and JSON bodies are not concerned.
 */
public class StaffCsrfCheck {

    /** The form field. */
    static final String NAME = "csrf-token";
    /**
     * The cookie: its own name, because cookies ignore ports and cases-service's quarkus-rest-csrf
     * cookie {@code csrf-token} lives on the same host and path in the local stack.
     */
    static final String COOKIE = "csrf-token-complaints";
    /** Where the current request's token is kept for the templates. */
    static final String TOKEN_KEY = StaffCsrfCheck.class.getName() + ".token";
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!routing.normalizedPath().startsWith("/staff/")) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(COOKIE);
        String current = cookie == null || !wellFormed(cookie.getValue()) ? null : cookie.getValue();
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            routing.put(TOKEN_KEY, current == null ? newCookie(routing) : current);
            return null;
        }
        MediaType type = request.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return null;
        }
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(NAME, true, false);
        if (current == null || !(sent instanceof String token) || !MessageDigest.isEqual(
                current.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII))) {
            return Problem.of(Response.Status.BAD_REQUEST,
                    "This form has expired or did not come from Redress. Go back, reload the page and send it again.")
                    .toResponse();
        }
        routing.put(TOKEN_KEY, current);
        return null;
    }

    private static String newCookie(RoutingContext routing) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/staff").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure("https".equals(routing.request().scheme())));
        return token;
    }

    private static boolean wellFormed(String value) {
        return value != null && value.length() == 43 && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
