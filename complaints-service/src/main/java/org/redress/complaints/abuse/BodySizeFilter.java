package org.redress.complaints.abuse;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.redress.platform.problem.Problem;

import io.vertx.core.http.HttpServerRequest;

/**
 * The HTTP server accepts bodies up to 52 MB, for a complaint with five 10 MB files (spooled to
 * disk). Anything else that is not multipart, such as JSON read into memory, is refused above
 * {@value #MAX_NON_MULTIPART} bytes: no ordinary complaint comes near it (its longest text is 20,000 characters).
 */
public class BodySizeFilter {

    static final long MAX_NON_MULTIPART = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response limit(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        if (type != null && type.toLowerCase().startsWith("multipart/form-data")) {
            return null;
        }
        String length = request.getHeader("Content-Length");
        boolean tooLong = length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > MAX_NON_MULTIPART;
        boolean unbounded = length == null && request.getHeader("Transfer-Encoding") != null;
        if (!tooLong && !unbounded) {
            return null;
        }
        return new Problem("https://redress.example/problems/too-large", "Content Too Large", 413,
                tooLong ? "The request body is larger than 1 MB; only a complaint with attachments (multipart/form-data) may be larger."
                        : "Send the request with a Content-Length: chunked bodies are accepted only as multipart/form-data.",
                null).toResponse();
    }
}
