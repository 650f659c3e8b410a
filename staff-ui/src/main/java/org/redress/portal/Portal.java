package org.redress.portal;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * What the shared layout ({@code templates/portal/layout.html}) shows around every staff page:
 * the navigation across the three services, the signed-in staff member and the logout link. Used in
 * templates as {@code inject:portal}.
 */
@RequestScoped
@Named("portal")
public class Portal {

    /** Every service's RP-initiated logout path (quarkus.oidc.web.logout.path). */
    public static final String LOGOUT_PATH = "/staff/logout";

    private final PortalConfig config;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final ReminderStatusSource reminders;

    public Portal(PortalConfig config, SecurityIdentity identity, CurrentVertxRequest request,
            ReminderStatusSource reminders) {
        this.config = config;
        this.identity = identity;
        this.request = request;
        this.reminders = reminders;
    }

    /**
     * "Reminders are held back: ..." while notifications-service's SMTP server refuses or is
     * unreachable, or a warning that notifications-service cannot be asked; {@code null} otherwise.
     */
    public String getReminderBanner() {
        return reminders.current().banner();
    }

    /** Triage · Cases · Deadlines · Calendar · Notifications, the one under the current page marked. */
    public List<NavItem> getNav() {
        return Navigation.items(config, currentUrl());
    }

    /** The signed-in staff member's name, or {@code null} on a page seen without a login. */
    public String getUserName() {
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public String getLogoutPath() {
        return LOGOUT_PATH;
    }

    private String currentUrl() {
        if (request == null || request.getCurrent() == null) {
            return "";
        }
        return request.getCurrent().request().absoluteURI();
    }
}
