package org.redress.cases.pages;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.redress.cases.casefile.CaseService;
import org.redress.cases.casefile.CaseView;
import org.redress.cases.notice.FormalNoticeService;
import org.redress.cases.notice.Letter;
import org.redress.cases.notice.LetterForm;
import org.redress.cases.notice.LetterPdf;
import org.redress.cases.notice.NoticeDispatchView;
import org.redress.cases.notice.NoticeMail;
import org.redress.cases.respondent.ContactAddress;
import org.redress.cases.respondent.Respondent;
import org.redress.cases.respondent.RespondentService;
import org.redress.cases.step.StepView;
import org.redress.platform.files.FileDownload;
import org.redress.platform.problem.Refusal;
import org.redress.portal.Languages;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A case's formal notice: staff choose the language to write in (the respondent's first address's, to
 * start with) and say what the company must do; the letter is written from the template of that
 * language and the case ({@link FormalNoticeService}), previewed here as it will read, or downloaded
 * as the PDF that goes with it.
 */
@Path("/staff/cases/{reference}/notice")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class FormalNoticePage {

    static final String FORM = "notice";

    /** A language to write in: its code and its own name. */
    public record LanguageOption(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(CaseView file, Respondent respondent, List<LanguageOption> languages,
                FormState state, Letter preview, boolean sending, List<NoticeDispatchView> dispatches);
    }

    private final CaseService cases;
    private final RespondentService respondents;
    private final FormalNoticeService notices;
    private final NoticeMail mail;
    private final Validator validator;
    private final StaffLanguage language;

    public FormalNoticePage(CaseService cases, RespondentService respondents, FormalNoticeService notices, NoticeMail mail,
            Validator validator, StaffLanguage language) {
        this.mail = mail;
        this.cases = cases;
        this.respondents = respondents;
        this.notices = notices;
        this.validator = validator;
        this.language = language;
    }

    @GET
    public TemplateInstance form(@PathParam("reference") String reference) {
        CaseView file = cases.get(reference);
        Respondent respondent = respondents.named(file.respondent()).orElse(null);
        String writeIn = respondent == null ? "en" : respondent.contacts().stream().map(ContactAddress::language)
                .filter(Languages::isSupported).findFirst().orElse("en");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("language", writeIn);
        return page(file, respondent, FormState.prefilled(FORM, values), null);
    }

    /**
     * {@code action=preview} shows the letter on the page; {@code action=pdf} downloads it as PDF;
     * {@code action=record} records that it went out today by post or a staff member's own mailbox (the
     * step, with the PDF attached, opens the response period) and goes back to that step; {@code action=send}
     * sends it by email ({@link NoticeMail}) and comes back here, to the list of notices sent.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ MediaType.TEXT_HTML, "application/pdf" })
    public Response write(@PathParam("reference") String reference, MultivaluedMap<String, String> sent,
            @Context SecurityContext staff) {
        CaseView file = cases.get(reference);
        Respondent respondent = respondents.named(file.respondent()).orElse(null);
        FormState state = FormState.of(FORM, sent);
        StaffMessages text = language.bundle(StaffMessages.class);
        LetterForm form = new LetterForm(state.value(FORM, "language").strip(), state.value(FORM, "demands"));
        state.violations(validator.validate(form), Map.of(), text);
        if (state.invalid()) {
            return html(400, page(file, respondent, state, null));
        }
        Letter letter;
        try {
            if ("record".equals(state.value(FORM, "action"))) {
                StepView step = notices.recordSent(reference, form, staff.getUserPrincipal().getName());
                return Response.seeOther(URI.create("/staff/cases/" + file.reference() + "#step-" + step.id())).build();
            }
            if ("send".equals(state.value(FORM, "action"))) {
                NoticeDispatchView dispatch = mail.send(reference, form, staff.getUserPrincipal().getName());
                return Response.seeOther(URI.create("/staff/cases/" + file.reference() + "/notice#notice-" + dispatch.id())).build();
            }
            letter = notices.write(reference, form, LocalDate.now(CasePage.zoneOf(file)));
        } catch (Refusal refused) {
            return html(state.refused(refused, Map.of(), text), page(file, respondent, state, null));
        }
        if ("pdf".equals(state.value(FORM, "action"))) {
            return FileDownload.of(new ByteArrayInputStream(LetterPdf.render(letter)), "application/pdf",
                    FormalNoticeService.fileName(file.reference(), letter));
        }
        return html(200, page(file, respondent, state, letter));
    }

    private TemplateInstance page(CaseView file, Respondent respondent, FormState state, Letter preview) {
        List<LanguageOption> languages = Languages.CODES.stream().map(code -> new LanguageOption(code, Languages.ownName(code)))
                .toList();
        return Templates.notice(file, respondent, languages, state, preview, mail.enabled(), mail.ofCase(file.reference()));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
