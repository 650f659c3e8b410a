package org.redress.cases.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.cases.casefile.CaseFile;
import org.redress.cases.deadline.Deadline;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineState;

/**
 * Issues each staff member a secret feed address, and writes the feed: the deadlines of the cases
 * they own, from 90 days back, each as an event in the last hour of its period (the hour whose
 * expiry ends it, Regulation 1182/71 Art. 3(2)) with an alarm a day before; a hearing starts at
 * its time. A new secret replaces the old one, so a leaked address can be revoked; a revoked feed
 * has no address at all. Each fetch notes when the feed was last used (at most once an hour).
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration HISTORY = Duration.ofDays(90);
    private static final Duration ALARM = Duration.ofDays(1);
    /** How often a feed's last use is written: calendar apps fetch every few minutes to hours. */
    static final Duration LAST_USED_GRAIN = Duration.ofHours(1);

    /** A staff member's feed as they may see it: never its address, which is not stored. */
    public record FeedStatus(OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
    }

    /** Answers the new secret; only its hash is stored. */
    public String issue(String username, String email) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = CalendarFeed.<CalendarFeed>findByIdOptional(username).orElseGet(CalendarFeed::new);
        feed.username = username;
        feed.email = email;
        feed.secretHash = hash(token);
        feed.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        feed.lastUsedAt = null;
        feed.persist();
        return token;
    }

    /** The staff member's feed, if they have one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FeedStatus> status(String username) {
        return CalendarFeed.<CalendarFeed>findByIdOptional(username)
                .map(feed -> new FeedStatus(feed.createdAt, feed.lastUsedAt));
    }

    /** Deletes the staff member's feed: its address answers 404 from now on. Answers whether there was one. */
    public boolean revoke(String username) {
        return CalendarFeed.deleteById(username);
    }

    /** The feed behind a secret, if it is the current one; notes that it was used. */
    public Optional<String> feed(String token) {
        return CalendarFeed.<CalendarFeed>find("secretHash", (Object) hash(token)).firstResultOptional()
                .map(feed -> {
                    used(feed);
                    return ICalendar.write("Redress deadlines — " + feed.username, Instant.now(), events(feed.email));
                });
    }

    private static void used(CalendarFeed feed) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (feed.lastUsedAt == null || feed.lastUsedAt.isBefore(now.minus(LAST_USED_GRAIN))) {
            feed.lastUsedAt = now;
        }
    }

    private static List<ICalendar.Event> events(String email) {
        Map<UUID, CaseFile> cases = CaseFile.<CaseFile>list("owner", email).stream()
                .collect(Collectors.toMap(file -> file.id, Function.identity()));
        if (cases.isEmpty()) {
            return List.of();
        }
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).minus(HISTORY);
        return Deadline.<Deadline>list("caseId in ?1 and dueAt >= ?2 order by dueAt", cases.keySet(), from).stream()
                .map(deadline -> event(deadline, cases.get(deadline.caseId)))
                .toList();
    }

    private static ICalendar.Event event(Deadline deadline, CaseFile file) {
        Instant due = deadline.dueAt.toInstant();
        Instant roundedUp = due.getNano() == 0 ? due : due.plusSeconds(1).minusNanos(due.getNano());
        boolean hearing = deadline.kind == DeadlineKind.HEARING;
        Instant start = hearing ? due : roundedUp.minus(Duration.ofHours(1));
        Instant end = hearing ? due.plus(Duration.ofHours(1)) : roundedUp;
        String state = deadline.state == DeadlineState.OPEN ? "" : " (" + deadline.state.name().toLowerCase() + ")";
        String summary = file.reference + " " + deadline.kind.name().toLowerCase().replace('_', ' ') + ": "
                + file.respondent + state;
        String description = file.title + "\n" + deadline.explanationSummary
                + (deadline.legalBasis == null ? "" : "\n" + deadline.legalBasis);
        return new ICalendar.Event(deadline.id + "@redress", start, end, summary, description, deadline.version,
                deadline.state == DeadlineState.CANCELLED, deadline.state.running() ? ALARM : null);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
