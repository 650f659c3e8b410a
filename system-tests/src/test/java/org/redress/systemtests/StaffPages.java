package org.redress.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.redress.testsupport.KeycloakServer;

/** The staff pages of the three services, in the browser, behind the real Keycloak login page. */
final class StaffPages {

    static final String USER = "alice";
    static final String EMAIL = "alice@redress.local";

    private final Browser browser;

    StaffPages(Browser browser) {
        this.browser = browser;
    }

    /** Opens a staff page, logging in on Keycloak's own login page when it asks. */
    void open(String url, String screenshot) {
        browser.open(url);
        if (browser.has("#kc-login")) {
            browser.type("#username", USER);
            browser.type("#password", KeycloakServer.PASSWORDS.get(USER));
            browser.screenshot(screenshot + "-keycloak-login");
            browser.click("#kc-login");
        }
        if (browser.has("#kc-login")) {
            throw new AssertionError("Keycloak did not accept the login of " + USER + ": " + browser.text());
        }
        if (!browser.url().startsWith(url.substring(0, url.indexOf('/', "http://".length())))) {
            throw new AssertionError("after the login the browser is at " + browser.url() + ", not at " + url
                    + "\n" + browser.text());
        }
    }

    /**
     * Fails, naming what is missing, unless {@code service} serves the staff page at {@code path} with
     * the Keycloak login (a redirect to the login page when nobody is logged in).
     */
    static void require(ServiceProcess service, String path, String what) {
        int status = statusWithoutLogin(service.url(path));
        if (status == 404) {
            throw new AssertionError(what + " is missing: " + service.module() + " answers 404 at " + path);
        }
        if (status == 401) {
            throw new AssertionError(what + " has no browser login: " + service.module() + " answers 401 at " + path
                    + " instead of sending the browser to the Keycloak login page");
        }
    }

    private static int statusWithoutLogin(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(url + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
