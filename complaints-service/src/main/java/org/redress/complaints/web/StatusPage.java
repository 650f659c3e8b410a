package org.redress.complaints.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestForm;
import org.redress.complaints.abuse.PublicWrite;
import org.redress.complaints.consent.ConsentKind;
import org.redress.complaints.status.StatusService;
import org.redress.complaints.status.StatusView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The complainant's own pages behind the secret status link: the complaint and where it stands,
 * withdrawing optional consents, downloading all their data, erasing the complaint; and the form
 * that sends the link again. The token is in the URL, so no page here is cached or leaks it as a
 * referrer.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StatusPage {

    private static final int MAX_EMAIL = 254;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(Page page, String token, StatusView view, String countryName,
                boolean withdrawn);

        static native TemplateInstance unknown(Page page, String email, String error);

        static native TemplateInstance erase(Page page, String token, String reference);

        static native TemplateInstance erased(Page page);

        static native TemplateInstance statusLink(Page page, String email, String error);

        static native TemplateInstance linkSent(Page page);
    }

    private final PageLanguage language;
    private final StatusService status;

    public StatusPage(PageLanguage language, StatusService status) {
        this.language = language;
        this.status = status;
    }

    @GET
    @Path("status/{token}")
    public Response view(@PathParam("token") String token, @QueryParam("withdrawn") boolean withdrawn) {
        Optional<StatusView> view = status.view(token);
        if (view.isEmpty()) {
            return unknown();
        }
        String country = view.get().country() == null ? null
                : new Locale("", view.get().country()).getDisplayCountry(language.locale());
        return secret(Response.ok(render(Templates.status(language.page("/status/" + token), token, view.get(), country,
                withdrawn))));
    }

    @GET
    @Path("status/{token}/export")
    @Produces("application/zip")
    public Response export(@PathParam("token") String token) {
        if (status.view(token).isEmpty()) {
            return unknown();
        }
        StreamingOutput zip = out -> status.export(token, out);
        return secret(Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"redress-complaint.zip\""));
    }

    @POST
    @Path("status/{token}/consents/{kind}/withdraw")
    public Response withdraw(@PathParam("token") String token, @PathParam("kind") String kind) {
        Optional<ConsentKind> consent = kind(kind);
        if (consent.isEmpty() || consent.get() == ConsentKind.PROCESSING || status.view(token).isEmpty()) {
            return unknown();
        }
        status.withdraw(token, consent.get());
        return secret(Response.seeOther(URI.create("/status/" + token + "?withdrawn=true")));
    }

    @GET
    @Path("status/{token}/erase")
    public Response confirmErase(@PathParam("token") String token) {
        return status.view(token)
                .map(view -> secret(Response.ok(render(Templates.erase(language.page("/status/" + token + "/erase"), token,
                        view.reference())))))
                .orElseGet(this::unknown);
    }

    @POST
    @Path("status/{token}/erase")
    public Response erase(@PathParam("token") String token) {
        if (!status.erase(token)) {
            return unknown();
        }
        return secret(Response.seeOther(URI.create("/status/erased")));
    }

    @GET
    @Path("status/erased")
    public TemplateInstance erased() {
        return render(Templates.erased(language.page("/status/erased")));
    }

    @GET
    @Path("status-link")
    public TemplateInstance statusLink() {
        return render(Templates.statusLink(language.page("/status-link"), null, null));
    }

    /** Sends the links to the address if it holds complaints; the answer is the same either way. */
    @POST
    @Path("status-link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PublicWrite
    public Response resend(@RestForm String email) {
        String address = email == null ? "" : email.strip();
        Msg msg = language.messages();
        String error = address.isEmpty() ? msg.error_required()
                : address.length() > MAX_EMAIL || !address.matches("[^@\\s]+@[^@\\s]+") ? msg.error_email() : null;
        if (error != null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(render(Templates.statusLink(language.page("/status-link"), address, error))).build();
        }
        status.resendLinks(address);
        return Response.ok(render(Templates.linkSent(language.page("/status-link")))).build();
    }

    /** The page for a token that opens nothing: 404, and the form to have the links sent again. */
    private Response unknown() {
        return secret(Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                .entity(render(Templates.unknown(language.page("/status-link"), null, null))));
    }

    private static Response secret(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private TemplateInstance render(TemplateInstance template) {
        return language.localize(template);
    }

    private static Optional<ConsentKind> kind(String kind) {
        for (ConsentKind candidate : ConsentKind.values()) {
            if (candidate.name().equalsIgnoreCase(kind)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
