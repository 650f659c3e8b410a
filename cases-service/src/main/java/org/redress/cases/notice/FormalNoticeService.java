package org.redress.cases.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jsoup.Jsoup;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.casefile.CaseView;
import org.redress.cases.casefile.StepType;
import org.redress.cases.deadline.DeadlineConfig;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineScheduler;
import org.redress.cases.deadline.PeriodForm;
import org.redress.cases.deadline.Schedule;
import org.redress.cases.document.StepDocumentService;
import org.redress.cases.jurisdiction.JurisdictionZones;
import org.redress.cases.refusal.Refusals;
import org.redress.cases.step.StepForm;
import org.redress.cases.step.StepService;
import org.redress.cases.step.StepView;
import org.redress.platform.files.Upload;
import org.redress.portal.Languages;

import io.quarkus.qute.Engine;

/**
 * Writes a case's formal notice from the letter template of its language ({@code templates/notice/}),
 * filled from the case: the company, the title and subject, the legal grounds, what staff demand, the
 * number of complaints it rests on (never who made them), and the response period the deadline rules
 * give a notice sent that day (the deadline plan of {@code FORMAL_NOTICE_SENT}, counted under
 * Regulation 1182/71 with the jurisdiction's public holidays).
 */
@ApplicationScoped
public class FormalNoticeService {

    private final CaseService cases;
    private final DeadlineScheduler scheduler;
    private final DeadlineConfig deadlines;
    private final NoticeConfig config;
    private final Engine engine;
    private final StepService steps;
    private final StepDocumentService documents;

    public FormalNoticeService(CaseService cases, DeadlineScheduler scheduler, DeadlineConfig deadlines, NoticeConfig config,
            Engine engine, StepService steps, StepDocumentService documents) {
        this.steps = steps;
        this.documents = documents;
        this.cases = cases;
        this.scheduler = scheduler;
        this.deadlines = deadlines;
        this.config = config;
        this.engine = engine;
    }

    /**
     * The letter of the case's formal notice, dated and counted from {@code sentOn}.
     *
     * @throws org.redress.platform.problem.Refusal 404 for an unknown case, 400 naming {@code language} or
     *                                              {@code demands}
     */
    public Letter write(String reference, LetterForm form, LocalDate sentOn) {
        String language = form.language() == null ? "" : form.language();
        if (!Languages.isSupported(language)) {
            throw Refusals.invalid("language", "must be en, de or fr");
        }
        if (form.demands() == null || form.demands().isBlank()) {
            throw Refusals.invalid("demands", "say what the company must do");
        }
        CaseView file = cases.get(reference);
        DeadlineConfig.PlannedDeadline plan = deadlines.deadlinePlans().stream()
                .filter(planned -> planned.step() == StepType.FORMAL_NOTICE_SENT && planned.kind() == DeadlineKind.COMPANY_RESPONSE)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no deadline plan opens the company's response period"));
        Schedule due = scheduler.schedule(sentOn, new PeriodForm(plan.amount(), plan.unit()), null, file.jurisdiction(),
                "jurisdiction");
        Locale locale = "en".equals(language) ? Locale.UK : Locale.forLanguageTag(language);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ZonedDateTime end = due.dueAt().atZone(due.zone());
        LetterData data = new LetterData(config.sender(), date.format(sentOn), file.reference(), file.respondent(), file.title(),
                file.subject(), file.legalGrounds(), paragraphs(form.demands()), file.linkedComplaints().count(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(end), plan.amount(),
                plan.unit().name(), file.jurisdiction(), file.authority());
        String subject = engine.getTemplate("notice/subject_" + language + ".txt").data("letter", data).render().strip();
        String html = engine.getTemplate("notice/letter_" + language + ".html").data("letter", data).data("subject", subject)
                .render();
        return new Letter(language, subject, html, Jsoup.parse(html).body().html(),
                engine.getTemplate("notice/letter_" + language + ".txt").data("letter", data).render());
    }

    /**
     * Records that the case's formal notice went out today by another way than Redress's email (post, a
     * staff member's own mailbox): the step {@code FORMAL_NOTICE_SENT}, which opens the response period,
     * with the letter attached as its PDF, in one transaction.
     *
     * @throws org.redress.platform.problem.Refusal as {@link #write} does, and 409 on a closed case
     */
    @Transactional
    public StepView recordSent(String reference, LetterForm form, String actor) {
        CaseView file = cases.get(reference);
        LocalDate today = LocalDate.now(zoneOf(file.jurisdiction()));
        Letter letter = write(reference, form, today);
        return recordStep(reference, today, letter.subject(), LetterPdf.render(letter), fileName(file.reference(), letter),
                actor);
    }

    /**
     * Records the step {@code FORMAL_NOTICE_SENT} on {@code sentOn}, which opens the response period, with
     * the letter's PDF attached, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StepView recordStep(String reference, LocalDate sentOn, String subject, byte[] pdf, String fileName, String actor) {
        StepView step = steps.record(reference, new StepForm(StepType.FORMAL_NOTICE_SENT, sentOn, subject, null, null,
                null, null, null, null), actor);
        Path file = null;
        try {
            file = Files.createTempFile("formal-notice-", ".pdf");
            Files.write(file, pdf);
            documents.upload(reference, step.id(), List.of(new Upload(fileName, file)), actor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
        return step;
    }

    /** The zone a case's dates are counted in: its jurisdiction's. */
    static java.time.ZoneId zoneOf(String jurisdiction) {
        return JurisdictionZones.defaultZone(jurisdiction).orElse(ZoneOffset.UTC);
    }

    /** The name the letter's PDF is downloaded and attached under. */
    public static String fileName(String reference, Letter letter) {
        return "formal-notice-" + reference + "-" + letter.language() + ".pdf";
    }

    /** The demands as paragraphs: split at blank lines, each stripped, none empty. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
