package org.redress.complaints.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import org.redress.complaints.ComplaintsConfig;
import org.redress.portal.Languages;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language of the public page being answered: {@code ?lang=} (then remembered in the cookie
 * {@code lang}), else that cookie, else the browser's {@code Accept-Language}, else English.
 */
@RequestScoped
public class PageLanguage {

    public static final List<String> LANGUAGES = Languages.CODES;
    static final String COOKIE = "lang";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    private final HttpServerRequest request;
    private final Masthead masthead;
    private String code;

    public PageLanguage(HttpServerRequest request, ComplaintsConfig config) {
        this.request = request;
        this.masthead = Masthead.of(config.organisation());
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

    /** The page's texts, for the few that Java code puts together (validation messages). */
    public Msg messages() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(code()));
    }

    /** The layout's data for a page at {@code path}, in this language. */
    public Page page(String path) {
        return new Page(code(), path, masthead);
    }

    /**
     * The convention dates are written in: English pages write day, month, year (en-GB, "2 December
     * 2026") unless the browser's first English choice is US English (en-US, "December 2, 2026");
     * German and French pages their own.
     */
    public Locale dateLocale() {
        if (!code().equals("en")) {
            return locale();
        }
        return Languages.asksForUsEnglish(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)) ? Locale.US : Locale.UK;
    }

    /**
     * Renders {@code template} (and its {@code msg:} texts) in this language, its dates in
     * {@link #dateLocale()}: the template's locale stays the language alone, which also picks the
     * message bundle.
     */
    public TemplateInstance localize(TemplateInstance template) {
        return template.setLocale(locale()).setAttribute(DateFormats.DATE_LOCALE, dateLocale());
    }

    private String resolve() {
        String asked = request.getParam(COOKIE);
        if (asked != null && LANGUAGES.contains(asked)) {
            Cookie cookie = Cookie.cookie(COOKIE, asked).setPath("/").setMaxAge(REMEMBERED.toSeconds())
                    .setHttpOnly(true).setSameSite(CookieSameSite.LAX);
            request.response().addCookie(cookie);
            return asked;
        }
        Cookie remembered = request.getCookie(COOKIE);
        if (remembered != null && LANGUAGES.contains(remembered.getValue())) {
            return remembered.getValue();
        }
        return Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
