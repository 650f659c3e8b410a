package org.redress.portal;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * What the shared layout ({@code templates/portal/layout.html}) shows around every staff page:
 * the navigation across the three services, the signed-in staff member, the logout link and the
 * language switch, in the staff member's language ({@link StaffLanguage}). Used in templates as
 * {@code inject:portal}.
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
    private final StaffLanguage language;

    public Portal(PortalConfig config, SecurityIdentity identity, CurrentVertxRequest request,
            ReminderStatusSource reminders, StaffLanguage language) {
        this.config = config;
        this.identity = identity;
        this.request = request;
        this.reminders = reminders;
        this.language = language;
    }

    /**
     * "Reminders are held back: ..." while notifications-service's SMTP server refuses or is
     * unreachable, or a warning that notifications-service cannot be asked; {@code null} otherwise.
     */
    public String getReminderBanner() {
        ReminderStatus status = reminders.current();
        PortalMessages text = language.bundle(PortalMessages.class);
        if (status.heldBack()) {
            return text.reminders_held_back(String.valueOf(status.since()));
        }
        return status.unknown() ? text.reminders_unknown() : null;
    }

    /** Triage · Cases · Deadlines · Calendar · Notifications, the one under the current page marked. */
    public List<NavItem> getNav() {
        return Navigation.items(config, currentUrl(), language.bundle(PortalMessages.class));
    }

    /** The page's language, for {@code <html lang>}. */
    public String getLanguage() {
        return language.code();
    }

    /**
     * English · Deutsch · Français: each a link to this page in that language. The link carries
     * only {@code lang}: a page's own query (which anyone can put in a link to it) is never echoed.
     */
    public List<LanguageChoice> getLanguages() {
        String path = "";
        if (request != null && request.getCurrent() != null) {
            path = request.getCurrent().request().path();
        }
        List<LanguageChoice> choices = new ArrayList<>();
        for (String code : Languages.CODES) {
            choices.add(new LanguageChoice(code, Languages.ownName(code), path + "?" + StaffLanguage.PARAMETER + "=" + code,
                    code.equals(language.code())));
        }
        return choices;
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
