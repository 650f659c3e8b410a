package org.redress.complaints.access;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is acting, as written into the audit trail: the Keycloak user name of the bearer token. */
@ApplicationScoped
public class StaffActor {

    private final SecurityIdentity identity;

    public StaffActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("preferred_username") != null) {
            return token.getClaim("preferred_username").toString();
        }
        return identity.getPrincipal().getName();
    }
}
