package org.redress.portal;

import java.time.Duration;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language of the staff page being answered, the staff member's choice first: {@code ?lang=}
 * (the portal's language switch, then remembered in the cookie {@value #COOKIE}), else that cookie,
 * else the language chosen on the Keycloak login page (the ID token's {@code locale} claim), else
 * the browser's {@code Accept-Language}, else English. Every template rendered while a request is
 * answered gets it ({@link StaffLanguageInitializer}); Java code that writes a sentence asks
 * {@link #bundle(Class)}. The Keycloak login is asked for the same language ({@link LoginLanguage}).
 */
@RequestScoped
public class StaffLanguage {

    /** Not the public pages' {@code lang}: trying the public form in French leaves the staff pages alone. */
    static final String COOKIE = "staff-lang";
    static final String PARAMETER = "lang";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    private final HttpServerRequest request;
    private final SecurityIdentity identity;
    private String code;

    public StaffLanguage(HttpServerRequest request, SecurityIdentity identity) {
        this.request = request;
        this.identity = identity;
    }

    /** {@code en}, {@code de} or {@code fr}. */
    public String code() {
        if (code == null) {
            code = resolve();
        }
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** A message bundle (an interface annotated {@code @MessageBundle}) in this language. */
    public <T> T bundle(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(code()));
    }

    /**
     * The language of the Keycloak login that a staff page sends the browser to ({@link LoginLanguage}): the
     * page's own choice without the login's claim, which there is not yet: {@code ?lang=}, else the cookie
     * {@value #COOKIE}, else {@code Accept-Language}, else English.
     */
    static String beforeLogin(HttpServerRequest request) {
        return beforeLogin(request.getParam(PARAMETER), cookieValue(request), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static String beforeLogin(String asked, String remembered, String acceptLanguage) {
        String chosen = chosenHere(asked, remembered);
        return chosen != null ? chosen : Languages.fromAcceptLanguage(acceptLanguage);
    }

    private String resolve() {
        String asked = request.getParam(PARAMETER);
        if (Languages.isSupported(asked)) {
            request.response().addCookie(Cookie.cookie(COOKIE, asked).setPath("/").setMaxAge(REMEMBERED.toSeconds())
                    .setHttpOnly(true).setSameSite(CookieSameSite.LAX));
        }
        String chosen = chosenHere(asked, cookieValue(request));
        if (chosen != null) {
            return chosen;
        }
        String chosenAtLogin = loginLocale();
        if (chosenAtLogin != null) {
            return chosenAtLogin;
        }
        return Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The staff member's choice on the staff pages: the language switch's {@code ?lang=}, else the remembered one. */
    private static String chosenHere(String asked, String remembered) {
        if (Languages.isSupported(asked)) {
            return asked;
        }
        return Languages.isSupported(remembered) ? remembered : null;
    }

    private static String cookieValue(HttpServerRequest request) {
        Cookie remembered = request.getCookie(COOKIE);
        return remembered == null ? null : remembered.getValue();
    }

    /** Keycloak's {@code locale} claim (the language picked on its login page), when it is one of ours. */
    private String loginLocale() {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object claim = token.getClaim("locale");
        if (claim == null) {
            return null;
        }
        String language = Locale.forLanguageTag(claim.toString().replace('_', '-').replace("\"", "")).getLanguage();
        return Languages.isSupported(language) ? language : null;
    }
}
