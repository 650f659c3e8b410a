package org.redress.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Renders every template created while a request is answered in the staff member's language
 * ({@link StaffLanguage}): the template's locale picks the message bundles' texts and the layout's
 * {@code lang}. A template rendered outside a request (an email) keeps its own; a page that sets a
 * locale itself afterwards (complaints-service's public pages, an email preview) wins.
 */
@ApplicationScoped
public class StaffLanguageInitializer {

    void addInitializer(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            ManagedContext requestContext = Arc.container().requestContext();
            if (!requestContext.isActive()) {
                return;
            }
            CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
            if (current == null || current.getCurrent() == null) {
                return;
            }
            instance.setLocale(Arc.container().instance(StaffLanguage.class).get().locale());
        });
    }
}
