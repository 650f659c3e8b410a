package org.redress.portal;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.redress.platform.problem.Problem;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Errors as a browser should see them: a problem document answering a browser (one that prefers
 * HTML) becomes an HTML page in the portal's layout that says what happened and offers a way back,
 * with the same status. API clients, and anyone who asks for JSON, keep the problem document. A
 * service with public pages answers errors on them in its public layout ({@link PublicErrorPage}).
 */
public class ErrorPages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final Template page;
    private final PortalConfig config;
    private final Instance<PublicErrorPage> publicPages;
    private final StaffLanguage language;

    public ErrorPages(@Location("portal/error.html") Template page, PortalConfig config,
            Instance<PublicErrorPage> publicPages, StaffLanguage language) {
        this.page = page;
        this.config = config;
        this.publicPages = publicPages;
        this.language = language;
    }

    @ServerResponseFilter
    public void toHtml(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !prefersHtml(request.getAcceptableMediaTypes())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String html;
        if (ResponseHeaders.isPublic(path) && publicPages.isResolvable()) {
            html = publicPages.get().render(problem);
        } else {
            String retry = "GET".equals(request.getMethod()) && problem.status() >= 500
                    ? request.getUriInfo().getRequestUri().getRawPath() : null;
            html = page.data("error", ErrorView.of(problem, config.casesUrl() + "/staff", retry,
                    language.bundle(PortalMessages.class))).render();
        }
        response.setEntity(html, null, HTML);
    }

    /** Whether the client's first choice is a page: browsers ask for text/html first, API clients do not. */
    static boolean prefersHtml(List<MediaType> acceptable) {
        return !acceptable.isEmpty() && !acceptable.get(0).isWildcardType()
                && (acceptable.get(0).isCompatible(MediaType.TEXT_HTML_TYPE)
                        || acceptable.get(0).isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE));
    }
}
