package org.redress.complaints.web;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.redress.complaints.ComplaintsConfig;

/**
 * The organisation's own logo, read from the file {@code redress.complaints.organisation.logo-file}
 * (the public pages load images from the service only, and an image cannot be added to a built
 * service). Without that file there is no such logo: 404, and the pages show the built-in one.
 */
@Path(OrganisationLogo.PATH)
public class OrganisationLogo {

    static final String PATH = "/organisation/logo";

    private static final Map<String, String> TYPES = Map.of("svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp");

    private final Optional<java.nio.file.Path> file;

    public OrganisationLogo(ComplaintsConfig config) {
        this.file = config.organisation().logoFile();
    }

    @GET
    public Response logo() {
        return file.filter(Files::isReadable)
                .map(path -> Response.ok(path.toFile(), type(path)).header("Cache-Control", "public, max-age=3600").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    private static String type(java.nio.file.Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }
}
