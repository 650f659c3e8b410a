package org.redress.platform.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Problem;

/**
 * What JSON bodies get from {@link InputJackson}, for everything else a request carries: every form
 * field (and an uploaded file's name), query parameter and path parameter of every route must be text
 * that can be stored, or the request is refused with 400 naming each bad field before any resource
 * method runs. A browser gets the refusal as an error page, an API client as a problem document.
 */
public class RequestTextCheck {

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(), errors);
        check(request.getUriInfo().getQueryParameters(), errors);
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form != null) {
            for (String name : form) {
                for (FormValue value : form.get(name)) {
                    check(name, value.isFileItem() ? value.getFileName() : value.getValue(), errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value, errors);
            }
        }
    }

    private static void check(String name, String value, List<Problem.FieldError> errors) {
        Optional<String> unreadableName = InputText.whyUnstorable(name);
        String field = unreadableName.isPresent() ? "(unreadable name)" : name;
        unreadableName.or(() -> InputText.whyUnstorable(value))
                .filter(why -> errors.stream().noneMatch(error -> error.field().equals(field)))
                .ifPresent(why -> errors.add(new Problem.FieldError(field, "#/" + field, why)));
    }
}
