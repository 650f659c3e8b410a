package org.redress.cases.web;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
import org.redress.platform.problem.Problem;

/**
 * A multipart body that cannot be read (a file name with a raw line break in its part's header, a
 * cut-off boundary) is the client's error: 400, not the 500 of an unexpected error.
 */
public class MalformedUploadMapper {

    @ServerExceptionMapper
    public Response malformed(MultipartParser.MalformedMessageException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The multipart body cannot be read.").toResponse();
    }
}
