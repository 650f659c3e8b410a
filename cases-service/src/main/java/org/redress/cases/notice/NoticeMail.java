package org.redress.cases.notice;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.redress.cases.casefile.CaseFile;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.refusal.Refusals;
import org.redress.cases.respondent.ContactAddress;
import org.redress.cases.respondent.Respondent;
import org.redress.cases.respondent.RespondentService;
import org.redress.cases.step.StepView;
import org.redress.cases.timeline.Changes;
import org.redress.cases.timeline.Timeline;
import org.redress.platform.outbox.Outbox;

/**
 * Sends a case's formal notice by email: to every address the respondent has on the organisation list,
 * from the organisation's address ({@link NoticeConfig#from()}), with the case's own reply address and a
 * Message-ID kept here, the letter as the body and as its PDF. notifications-service sends it
 * ({@code notice.requested}, in the outbox of the same transaction) and reports what became of it; once
 * the mail server accepted it, {@link #sent} records the step {@code FORMAL_NOTICE_SENT} dated that day
 * with the PDF attached, which opens the response period. A notice the server refused ({@link #failed})
 * records no step: the page shows why, and staff send again or another way.
 */
@ApplicationScoped
public class NoticeMail {

    /** Problem type: the respondent has no address on the organisation list. */
    public static final String NO_ADDRESS = "https://redress.example/problems/notice-no-address";
    /** Problem type: a notice of the case is still on its way. */
    public static final String STILL_SENDING = "https://redress.example/problems/notice-still-sending";
    /** Problem type: this installation does not send formal notices (no reply mailbox configured). */
    public static final String NOT_CONFIGURED = "https://redress.example/problems/notice-sending-off";
    /** The timeline's subject of a formal notice sent by email. */
    public static final String SUBJECT = "notice";

    private static final String TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(NoticeMail.class);

    private final CaseService cases;
    private final RespondentService respondents;
    private final FormalNoticeService notices;
    private final NoticeConfig config;
    private final Outbox outbox;
    private final Timeline timeline;
    private final EntityManager em;

    public NoticeMail(CaseService cases, RespondentService respondents, FormalNoticeService notices, NoticeConfig config,
            Outbox outbox, Timeline timeline, EntityManager em) {
        this.cases = cases;
        this.respondents = respondents;
        this.notices = notices;
        this.config = config;
        this.outbox = outbox;
        this.timeline = timeline;
        this.em = em;
    }

    /**
     * Writes the case's formal notice dated today and hands it to notifications-service.
     *
     * @throws org.redress.platform.problem.Refusal as {@link FormalNoticeService#write} does; 409 on a
     *                                              closed case or while another notice of it is still being
     *                                              sent; 400 when the respondent has no address
     */
    @Transactional
    public NoticeDispatchView send(String reference, LetterForm form, String actor) {
        if (!enabled()) {
            throw Refusals.notAllowed(NOT_CONFIGURED, "Sending formal notices is not set up",
                    "This installation has no mailbox for the companies' replies (redress.cases.notice.reply-mailbox):"
                            + " send the letter yourself and record it.");
        }
        CaseFile file = cases.changeable(reference);
        // one sender at a time per case: the second of two clicks waits here, then finds the first SENDING
        em.lock(file, LockModeType.PESSIMISTIC_WRITE);
        List<String> to = addresses(file);
        if (to.isEmpty()) {
            throw Refusals.notAllowed(NO_ADDRESS, "No address to send to",
                    "The respondent " + file.respondent + " has no address for formal notices on the organisation list."
                            + " Add its data protection officer's or legal department's address there, or send the letter"
                            + " another way and record it.");
        }
        List<NoticeDispatchView> sending = ofCase(file.id).stream().filter(NoticeDispatchView::sending).toList();
        if (!sending.isEmpty()) {
            throw Refusals.conflict(STILL_SENDING, "A notice is still being sent",
                    "The formal notice of " + sending.get(0).requestedAt() + " to this company is still on its way. Wait until"
                            + " the mail server has accepted or refused it before sending another.",
                    sending);
        }
        LocalDate today = LocalDate.now(FormalNoticeService.zoneOf(file.jurisdiction));
        Letter letter = notices.write(reference, form, today);
        NoticeDispatch dispatch = new NoticeDispatch();
        dispatch.id = UUID.randomUUID();
        dispatch.caseId = file.id;
        dispatch.language = letter.language();
        dispatch.subject = letter.subject();
        dispatch.recipients = String.join(", ", to);
        dispatch.messageId = "<notice." + dispatch.id + "@" + domain() + ">";
        dispatch.replyTo = replyAddress(file.id);
        dispatch.fileName = FormalNoticeService.fileName(file.reference, letter);
        dispatch.pdf = LetterPdf.render(letter);
        dispatch.status = NoticeDispatch.Status.SENDING;
        dispatch.requestedBy = actor;
        dispatch.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        dispatch.persist();
        outbox.publish(NoticeRequest.ADDRESS, NoticeRequest.TYPE, file.id.toString(), new NoticeRequest(file.reference,
                dispatch.messageId, config.from().orElse(null), dispatch.replyTo, to, letter.subject(), letter.text(), letter.html(),
                dispatch.fileName, dispatch.pdf));
        timeline.record(file.id, actor, SUBJECT, dispatch.id, "notice.sending", new Changes()
                .set("subject", dispatch.subject)
                .set("language", dispatch.language)
                .set("to", to)
                .set("messageId", dispatch.messageId));
        return NoticeDispatchView.of(dispatch);
    }

    /** Whether formal notices can be sent from here: a reply mailbox is configured. */
    public boolean enabled() {
        return config.replyMailbox().isPresent();
    }

    /** The case's formal notices sent by email, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeDispatchView> ofCase(String reference) {
        return ofCase(cases.find(reference).id);
    }

    private List<NoticeDispatchView> ofCase(UUID caseId) {
        return NoticeDispatch.<NoticeDispatch>find("caseId = ?1 order by requestedAt desc", caseId).stream()
                .map(NoticeDispatchView::of).toList();
    }

    /**
     * The mail server accepted the notice whose Message-ID is {@code messageId} at {@code at}: records the
     * step FORMAL_NOTICE_SENT dated that day in the case's jurisdiction, with the PDF, as the staff member
     * who sent it. Answers false for a Message-ID of no notice, or one already recorded (a redelivery).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean sent(String messageId, Instant at) {
        Optional<NoticeDispatch> found = NoticeDispatch.<NoticeDispatch>find("messageId", messageId).firstResultOptional();
        if (found.isEmpty() || found.get().status == NoticeDispatch.Status.SENT) {
            return false;
        }
        NoticeDispatch dispatch = found.get();
        CaseFile file = CaseFile.findById(dispatch.caseId);
        dispatch.status = NoticeDispatch.Status.SENT;
        dispatch.sentAt = at.atOffset(ZoneOffset.UTC);
        dispatch.error = null;
        if (file.status == CaseStatus.CLOSED) {
            // closed while the mail was on its way: the letter went out, but a closed case takes no step
            dispatch.error = "The case was closed before the mail server accepted the notice: no step was recorded.";
            LOG.warnf("Formal notice of closed case %s sent; no step recorded", file.reference);
        } else {
            StepView step = notices.recordStep(file.reference, at.atZone(FormalNoticeService.zoneOf(file.jurisdiction)).toLocalDate(),
                    dispatch.subject, dispatch.pdf, dispatch.fileName, dispatch.requestedBy);
            dispatch.stepId = step.id();
        }
        return true;
    }

    /** The notice whose Message-ID is {@code messageId} was not sent: {@code error} says why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean failed(String messageId, String error) {
        Optional<NoticeDispatch> found = NoticeDispatch.<NoticeDispatch>find("messageId", messageId).firstResultOptional();
        if (found.isEmpty() || found.get().status != NoticeDispatch.Status.SENDING) {
            return false;
        }
        found.get().status = NoticeDispatch.Status.FAILED;
        found.get().error = error == null ? "The mail server refused it." : error;
        return true;
    }

    /** Every address the respondent has on the organisation list, each once. */
    private List<String> addresses(CaseFile file) {
        return respondents.named(file.respondent).map(Respondent::contacts).orElse(List.of()).stream()
                .map(ContactAddress::email).map(email -> email.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** The case's own reply address, given to it now if it has none. */
    private String replyAddress(UUID caseId) {
        String token = (String) em.createNativeQuery("select token from case_reply_address where case_id = :id")
                .setParameter("id", caseId).getResultStream().findFirst().orElse(null);
        if (token == null) {
            token = token();
            em.createNativeQuery("insert into case_reply_address (case_id, token) values (:id, :token)")
                    .setParameter("id", caseId).setParameter("token", token).executeUpdate();
        }
        String mailbox = config.replyMailbox().orElseThrow();
        int at = mailbox.lastIndexOf('@');
        return mailbox.substring(0, at) + "+" + token + mailbox.substring(at);
    }

    private String domain() {
        String mailbox = config.replyMailbox().orElseThrow();
        return mailbox.substring(mailbox.lastIndexOf('@') + 1);
    }

    /** 12 characters of an alphabet without look-alikes (60 bits): not guessable, easy to read aloud. */
    static String token() {
        StringBuilder token = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            token.append(TOKEN_ALPHABET.charAt(RANDOM.nextInt(TOKEN_ALPHABET.length())));
        }
        return token.toString();
    }
}
