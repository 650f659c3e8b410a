package org.redress.complaints.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * The CSRF token of the current staff page for its forms, as {@code inject:csrf.parameterName} and
 * {@code inject:csrf.token} (the names cases-service's templates use with quarkus-rest-csrf).
 */
@RequestScoped
@Named("csrf")
public class StaffCsrf {

    private final CurrentVertxRequest request;

    public StaffCsrf(CurrentVertxRequest request) {
        this.request = request;
    }

    public String getParameterName() {
        return StaffCsrfCheck.NAME;
    }

    public String getToken() {
        Object token = request.getCurrent() == null ? null : request.getCurrent().get(StaffCsrfCheck.TOKEN_KEY);
        if (token == null) {
            throw new IllegalStateException("no CSRF token: the page is not under /staff/");
        }
        return token.toString();
    }
}
