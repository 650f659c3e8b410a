package org.redress.cases.pages;

import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.redress.cases.casefile.CaseService;
import org.redress.cases.casefile.CaseView;
import org.redress.cases.deadline.DeadlineService;
import org.redress.cases.deadline.DeadlineView;
import org.redress.cases.deadline.JurisdictionZones;
import org.redress.cases.step.StepService;
import org.redress.cases.step.StepView;
import org.redress.cases.timeline.TimelineEntry;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The case page: header facts, steps, deadlines with their explanation, linked complaints, timeline. */
@Path("/staff/cases/{reference}")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class CasePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance casePage(CaseView file, String zone, List<StepView> steps,
                List<DeadlineView> deadlines, List<TimelineEntry> timeline);
    }

    private final CaseService cases;
    private final StepService steps;
    private final DeadlineService deadlines;

    public CasePage(CaseService cases, StepService steps, DeadlineService deadlines) {
        this.cases = cases;
        this.steps = steps;
        this.deadlines = deadlines;
    }

    @GET
    public TemplateInstance page(@PathParam("reference") String reference) {
        CaseView file = cases.get(reference);
        String zone = JurisdictionZones.defaultZone(file.jurisdiction()).map(ZoneId::getId).orElse("UTC");
        return Templates.casePage(file, zone, steps.list(reference), deadlines.list(reference), cases.timeline(reference));
    }
}
