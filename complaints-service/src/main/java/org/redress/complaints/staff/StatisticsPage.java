package org.redress.complaints.staff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.redress.complaints.statistics.ComplaintStatistics;
import org.redress.platform.input.InputDates;
import org.redress.platform.problem.InvalidInputException;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Complaints per company, category, week and campaign, as bar charts and as a CSV download. */
@Path("/staff/statistics")
@RolesAllowed("staff")
public class StatisticsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(List<ComplaintStatistics.Chart> charts, StaffForm form, String csv);
    }

    private final ComplaintStatistics statistics;
    private final StaffLanguage language;

    public StatisticsPage(ComplaintStatistics statistics, StaffLanguage language) {
        this.statistics = statistics;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to) {
        StaffForm form = StaffForm.of(Map.of("from", from == null ? "" : from, "to", to == null ? "" : to));
        try {
            List<ComplaintStatistics.Chart> charts = statistics.charts(day("from", from), day("to", to));
            return TriageDeskPage.html(200, Templates.statistics(charts, form, csvLink(from, to)));
        } catch (InvalidInputException e) {
            return TriageDeskPage.html(form.refused(e, language.bundle(StaffMessages.class)), Templates.statistics(List.of(), form, csvLink(null, null)));
        }
    }

    /** The CSV; any Accept header gets it (a browser's download asks for HTML first). */
    @GET
    @Path("complaints.csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(statistics.csv(day("from", from), day("to", to)), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"complaint-statistics.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String csvLink(String from, String to) {
        return "/staff/statistics/complaints.csv?from=" + (from == null ? "" : java.net.URLEncoder.encode(from,
                java.nio.charset.StandardCharsets.UTF_8)) + "&to=" + (to == null ? "" : java.net.URLEncoder.encode(to,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InputDates.parseDate(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "must be a date such as 2026-05-27, between 1900 and 2999");
        }
    }
}
