package org.redress.notifications.pages;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.redress.notifications.delivery.Delivery;
import org.redress.notifications.delivery.DeliveryLog;
import org.redress.platform.access.StaffAccessLog;
import org.redress.platform.input.InputDates;
import org.redress.platform.problem.Problem;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The delivery log for staff: every email, newest first, filtered by status, kind, case or complaint
 * reference, recipient and date, 50 a page; failed ones with the server's answer and a Retry button.
 * Recipients' addresses are shown here, to staff only.
 */
@Path("/staff/deliveries")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class DeliveriesPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deliveries(DeliveryLog.Page page, LogQuery query, Map<String, String> errors,
                List<String> statuses, List<String> kinds, String notice);
    }

    /** What the access log calls a look at the delivery log (its entries show recipients' addresses). */
    static final String LOG_READ = "delivery-log-read";

    private final DeliveryLog log;
    private final SecurityIdentity identity;
    private final StaffAccessLog access;
    private final StaffLanguage language;

    public DeliveriesPage(DeliveryLog log, SecurityIdentity identity, StaffAccessLog access, StaffLanguage language) {
        this.log = log;
        this.identity = identity;
        this.access = access;
        this.language = language;
    }

    @GET
    public Response list(@BeanParam LogQuery query) {
        Map<String, String> errors = new LinkedHashMap<>();
        StaffMessages messages = messages();
        Delivery.Status status = status(query.status, errors, messages);
        LocalDate from = date("from", query.from, errors, messages);
        LocalDate to = date("to", query.to, errors, messages);
        int page = query.number();
        DeliveryLog.Page found = errors.isEmpty()
                ? log.find(new DeliveryLog.Filter(status, query.kind, query.reference, query.recipient, from, to), page, PAGE_SIZE)
                : new DeliveryLog.Page(List.of(), 0, PAGE_SIZE, false);
        List<String> statuses = Arrays.stream(Delivery.Status.values()).map(Enum::name).toList();
        if (!found.entries().isEmpty()) {
            access.record(identity.getPrincipal().getName(), LOG_READ, null,
                    "page " + page + ", " + found.entries().size() + " entries" + query.filtersUsed());
        }
        return Response.status(errors.isEmpty() ? 200 : 400)
                .entity(Templates.deliveries(found, query, errors, statuses, log.kinds(), notice(query.retried, messages))).build();
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") String id, @FormParam("back") String back) {
        UUID delivery;
        try {
            delivery = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return noSuchEmail();
        }
        StaffMessages messages = messages();
        return switch (log.retry(delivery, identity.getPrincipal().getName())) {
            case NOT_FOUND -> noSuchEmail();
            case NOT_FAILED -> Problem.of(Response.Status.CONFLICT, messages.deliveries_not_failed()).toResponse();
            case REQUEUED -> Response.seeOther(URI.create(withNotice(safeBack(back), "requeued"))).build();
        };
    }

    private Response noSuchEmail() {
        return Problem.of(Response.Status.NOT_FOUND, messages().deliveries_no_such_email()).toResponse();
    }

    private StaffMessages messages() {
        return language.bundle(StaffMessages.class);
    }

    /** Back to the log page the form was on (its filters), never elsewhere. */
    static String safeBack(String back) {
        boolean ours = back != null && (back.equals("/staff/deliveries") || back.startsWith("/staff/deliveries?"))
                && !back.contains("\\") && !back.contains("//") && back.chars().noneMatch(Character::isISOControl);
        return ours ? back : "/staff/deliveries";
    }

    private static String withNotice(String back, String notice) {
        String stripped = back.replaceAll("([?&])retried=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return stripped + (stripped.contains("?") ? "&" : "?") + "retried=" + notice;
    }

    private static String notice(String retried, StaffMessages messages) {
        return "requeued".equals(retried) ? messages.deliveries_requeued() : null;
    }

    private static Delivery.Status status(String value, Map<String, String> errors, StaffMessages messages) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Delivery.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("status", messages.deliveries_bad_status(Arrays.toString(Delivery.Status.values())));
            return null;
        }
    }

    private static LocalDate date(String field, String value, Map<String, String> errors, StaffMessages messages) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InputDates.parseDate(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, messages.deliveries_bad_date());
            return null;
        }
    }
}
