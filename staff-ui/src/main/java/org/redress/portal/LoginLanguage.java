package org.redress.portal;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;

/**
 * The Keycloak login speaks the staff pages' language: every redirect of a service to Keycloak's
 * authorization endpoint asks for it with OpenID Connect's {@code ui_locales}, chosen as the staff
 * page would be ({@link StaffLanguage#beforeLogin}). A language picked on the login page itself comes
 * back as the ID token's {@code locale} claim, which the staff pages follow when nothing was chosen on
 * them. (Keycloak prefers a language picked on its own page earlier, in its cookie, to {@code ui_locales}.)
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {

    static final String UI_LOCALES = "ui_locales";

    @Override
    public void filter(OidcRedirectContext context) {
        context.additionalQueryParams().set(UI_LOCALES, StaffLanguage.beforeLogin(context.routingContext().request()));
    }
}
