package org.redress.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.redress.systemtests.ReplicatedStack.CASES_DB;
import static org.redress.systemtests.ReplicatedStack.COMPLAINTS_DB;
import static org.redress.systemtests.ReplicatedStack.NOTIFICATIONS_DB;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.redress.testsupport.Mailbox;

import io.restassured.path.json.JsonPath;

/**
 * Two replicas of each service behind a real HAProxy ({@link ReplicatedStack}, configured as
 * {@code deploy/local/start.sh --replicas 2} configures it), on one database per service and one
 * broker queue per consumer: what a complaint, an event, a reminder and a staff session look like when
 * any replica may handle them, and what a replica killed with SIGKILL under load leaves behind.
 * The last test kills a replica: the order matters.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    static ReplicatedStack stack;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startTwoReplicasOfEachServiceBehindHaproxy() {
        // the replica killed in the last test resets connections, and a thread of this JVM may throw on
        // the reset: that is the crash under test, not a failure of it (Awaitility would report it)
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        stack = ReplicatedStack.start();
    }

    @AfterAll
    static void stopTheStack() {
        Awaitility.reset();
        if (stack != null) {
            stack.close();
        }
    }

    // --- a complaint is stored once -----------------------------------------------------------------

    @Test
    @Order(1)
    void aComplaintRetriedWithItsIdempotencyKeyIsAnsweredByTheOtherReplicaWithTheSameReferenceAndStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String email = "retried-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> first = submit(complaintsThroughHaproxy(), key, email);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        ServiceProcess firstReplica = stack.haproxy.servedBy(first);
        HttpResponse<String> retry = first;
        for (int i = 0; i < 4 && stack.haproxy.servedBy(retry) == firstReplica; i++) {
            retry = submit(complaintsThroughHaproxy(), key, email);
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        }

        assertThat(stack.haproxy.servedBy(retry)).as("HAProxy sent the retry to the other replica").isNotSameAs(firstReplica);
        assertThat(reference(retry)).isEqualTo(reference(first));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(complaintsWithEmail(email)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void oneKeySentToBothReplicasAtTheSameMomentStoresOneComplaint() {
        String key = UUID.randomUUID().toString();
        String email = "simultaneous-" + UUID.randomUUID() + "@example.org";

        List<CompletableFuture<HttpResponse<String>>> sending = stack.complaints.stream()
                .map(replica -> http.sendAsync(complaint(replica.url("/api/complaints"), key, email), HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<HttpResponse<String>> answers = sending.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers).extracting(ReplicasIT::reference).containsOnly(reference(answers.get(0)));
        assertThat(answers).as("one stored it, the other waited for its commit and replayed its answer")
                .extracting(answer -> answer.headers().firstValue("Idempotent-Replayed").orElse("false"))
                .containsExactlyInAnyOrder("false", "true");
        assertThat(complaintsWithEmail(email)).isEqualTo(1);
    }

    // --- events are handled once ----------------------------------------------------------------

    @Test
    @Order(3)
    void eachComplaintGetsOneVerificationEmailThoughTwoReplicasConsumeEveryQueue() throws Exception {
        String run = shortId();
        Map<String, String> referenceByEmail = new ConcurrentHashMap<>();
        for (int i = 0; i < 20; i++) {
            String email = "events-" + run + "-" + i + "@example.org";
            HttpResponse<String> answer = submit(complaintsThroughHaproxy(), UUID.randomUUID().toString(), email);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            referenceByEmail.put(email, reference(answer));
        }

        awaitOneEmailEach(referenceByEmail.keySet(), Duration.ofSeconds(60));
        referenceByEmail.forEach((email, reference) -> assertThat(Mailbox.subjects(stack.smtp, email))
                .containsExactly("Please confirm your email address for complaint " + reference));
        assertThat(ReplicatedStack.count(NOTIFICATIONS_DB, "select count(*) from delivery where recipient like ?",
                "events-" + run + "-%")).isEqualTo(20);
    }

    // --- reminders are sent once, missed deadlines reported once --------------------------------

    @Test
    @Order(4)
    void eachPeriodEndedReminderIsSentOnceAndEachMissedDeadlineRecordedOnceThoughBothReplicasRunTheClocks() throws Exception {
        String token = stack.keycloak.accessToken("bob", "cases-service", "cases-secret");
        String run = shortId();
        Instant dueFrom = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
        List<String> references = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String owner = "owner-" + run + "-" + i + "@staff.redress.example";
            String team = "team-" + run + "-" + i + "@staff.redress.example";
            String reference = openCase(token, "Replicas " + run + " #" + i, owner, team);
            addDeadline(token, reference, dueFrom.plusSeconds(i));
            references.add(reference);
            recipients.add(owner);
            recipients.add(team);
        }

        awaitOneEmailEach(recipients, Duration.ofSeconds(60));
        for (int i = 0; i < references.size(); i++) {
            String subject = "Response period ended — no response recorded: case " + references.get(i);
            assertThat(Mailbox.subjects(stack.smtp, recipients.get(2 * i))).containsExactly(subject);
            assertThat(Mailbox.subjects(stack.smtp, recipients.get(2 * i + 1))).containsExactly(subject);
        }
        for (String reference : references) {
            assertThat(deadlineStates(token, reference)).containsExactly("MISSED");
            // the timeline: the deadline opened, missed once, and each of the two emails recorded once
            await().atMost(Duration.ofSeconds(30)).until(() -> timelineActions(token, reference).stream()
                    .filter("notification.sent"::equals).count() >= 2);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> timelineActions(token, reference).stream()
                    .filter("notification.sent"::equals).count() == 2);
            assertThat(timelineActions(token, reference)).filteredOn("deadline.missed"::equals).hasSize(1);
            assertThat(timelineActions(token, reference)).filteredOn("deadline.opened"::equals).hasSize(1);
        }
        Object cases = references.toArray(String[]::new);
        assertThat(ReplicatedStack.count(CASES_DB, "select count(*) from outbox_message o join deadline d on o.subject = d.id::text"
                + " join case_file c on c.id = d.case_id where o.type = 'deadline.missed' and c.reference = any(?)", cases))
                .as("deadline.missed events written").isEqualTo(3);
        assertThat(ReplicatedStack.count(NOTIFICATIONS_DB, "select count(*) from reminder r join deadline d"
                + " on d.id = r.deadline_id where d.case_reference = any(?) and r.status = 'FIRED'", cases))
                .as("reminders fired").isEqualTo(3);
    }

    // --- a staff session works on either replica ---------------------------------------------------

    @Test
    @Order(5)
    void aStaffLoginBegunOnOneReplicaEndsOnTheOtherAndItsSessionWorksOnBoth() throws Exception {
        CookieBrowser browser = new CookieBrowser();
        String page = stack.haproxy.url("cases-service", "/staff/cases");

        CookieBrowser.Login login = browser.logIn(page, "bob");

        assertThat(login.page().statusCode()).as(login.page().body()).isEqualTo(200);
        assertThat(login.page().uri().toString()).isEqualTo(page);
        assertThat(login.page().body()).contains("Signed in as bob");
        HttpResponse<String> begun = login.hops().get(0);
        HttpResponse<String> codeReturned = login.hops().stream()
                .filter(hop -> hop.uri().toString().startsWith(page) && hop.uri().getQuery() != null
                        && hop.uri().getQuery().contains("code="))
                .findFirst().orElseThrow();
        assertThat(stack.haproxy.servedBy(codeReturned)).as("the replica that took Keycloak's code back (PKCE state)")
                .isNotSameAs(stack.haproxy.servedBy(begun));

        Set<ServiceProcess> servedBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> again = browser.get(page);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("Signed in as bob");
            servedBy.add(stack.haproxy.servedBy(again));
        }
        assertThat(servedBy).containsExactlyInAnyOrderElementsOf(stack.cases);
        for (ServiceProcess replica : stack.cases) {
            HttpResponse<String> direct = browser.get(replica.url("/staff/cases"));
            assertThat(direct.statusCode()).as(replica.url("")).isEqualTo(200);
            assertThat(direct.body()).contains("Signed in as bob");
        }
    }

    // --- the client's address ------------------------------------------------------------------------

    @Test
    @Order(6)
    void theReplicasBelieveTheClientsAddressFromHaproxyOnlyNeverFromTheClient() throws Exception {
        String throughHaproxy = shortId();
        HttpResponse<String> viaProxy = http.send(HttpRequest.newBuilder(URI.create(complaintsThroughHaproxy()
                .replace("/api/complaints", "/?probe=" + throughHaproxy))).header("X-Forwarded-For", "203.0.113.7").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.statusCode()).isEqualTo(200);
        ServiceProcess replica = stack.haproxy.servedBy(viaProxy);
        // 127.0.0.1: HAProxy's X-Forwarded-For (the connection came from 127.0.0.2), not the client's own
        assertThat(accessLogLine(replica, throughHaproxy)).startsWith("127.0.0.1 GET /?probe=" + throughHaproxy);

        String direct = shortId();
        ServiceProcess other = stack.complaints.get(0);
        HttpResponse<String> directly = http.send(HttpRequest.newBuilder(URI.create(other.url("/?probe=" + direct)))
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(directly.statusCode()).isEqualTo(200);
        assertThat(accessLogLine(other, direct)).as("a client on 127.0.0.1 is not a trusted proxy")
                .startsWith("127.0.0.1 GET /?probe=" + direct);
    }

    // --- a replica killed under load ---------------------------------------------------------------

    @Test
    @Order(7)
    void sigkillOfAComplaintsReplicaUnderLoadLosesNoComplaintAndStoresNoneTwice() throws Exception {
        int total = 200;
        String run = shortId();
        ServiceProcess victim = stack.complaints.get(0);
        Map<String, Set<String>> referencesByEmail = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> load = IntStream.range(0, total)
                .mapToObj(i -> CompletableFuture.runAsync(() -> submitUntilAcknowledged(UUID.randomUUID().toString(),
                        "load-" + run + "-" + i + "@example.org", referencesByEmail, acknowledged, retried), clients))
                .toList();

        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.get() >= total / 4);
        victim.kill();
        int acknowledgedAtKill = acknowledged.get();
        CompletableFuture.allOf(load.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        clients.shutdown();

        System.out.printf("ReplicasIT: %d of %d acknowledged when %s was killed; %d attempts retried%n",
                acknowledgedAtKill, total, victim.url(""), retried.get());
        assertThat(acknowledgedAtKill).as("killed in the middle of the load").isLessThan(total);
        assertThat(referencesByEmail).hasSize(total);
        assertThat(referencesByEmail.values()).as("every retry of a key got the same reference").allSatisfy(
                references -> assertThat(references).hasSize(1));
        Map<String, String> stored = ReplicatedStack.pairs(COMPLAINTS_DB,
                "select email, string_agg(reference, ',') from complaint where email like ? group by email", "load-" + run + "-%");
        assertThat(stored).hasSize(total);
        referencesByEmail.forEach((email, references) -> assertThat(stored.get(email))
                .as("the one complaint stored for " + email).isEqualTo(references.iterator().next()));
        // and each complaint's event still reached notifications-service once
        awaitOneEmailEach(referencesByEmail.keySet(), Duration.ofSeconds(90));
    }

    // --- helpers --------------------------------------------------------------------------------------

    private void submitUntilAcknowledged(String key, String email, Map<String, Set<String>> referencesByEmail,
            AtomicInteger acknowledged, AtomicInteger retried) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = submit(complaintsThroughHaproxy(), key, email);
                if (answer.statusCode() == 201) {
                    referencesByEmail.computeIfAbsent(email, e -> ConcurrentHashMap.newKeySet()).add(reference(answer));
                    acknowledged.incrementAndGet();
                    return;
                }
                if (answer.statusCode() < 500 && answer.statusCode() != 429) {
                    throw new AssertionError(email + ": " + answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                // the connection broke: the answer is unknown, so the client sends the same key again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            retried.incrementAndGet();
            sleep(100);
        }
        throw new AssertionError(email + " was never acknowledged");
    }

    private HttpResponse<String> submit(String url, String key, String email) throws IOException, InterruptedException {
        return http.send(complaint(url, key, email), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest complaint(String url, String key, String email) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"Jane Doe","email":"%s","country":"AT","company":"Meta Platforms Ireland Ltd",
                         "service":"Instagram","category":"AI_TRAINING",
                         "text":"Meta uses my posts since 2004 to train its AI without my consent.",
                         "startedOn":"2025-05-27","contacted":false,"consentToProcessing":true,
                         "consentVersion":"2026-11","language":"en"}""".formatted(email))).build();
    }

    private String openCase(String token, String title, String owner, String team) throws Exception {
        HttpResponse<String> opened = casesApi(token, "/api/cases", """
                {"title":"%s","respondent":"Meta Platforms Ireland Ltd.","subject":"AI training on users' posts",
                 "legalGrounds":["GDPR Art. 6(1)(a)"],"jurisdiction":"AT","owner":"%s","team":"%s"}"""
                .formatted(title, owner, team));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return reference(opened);
    }

    private void addDeadline(String token, String reference, Instant dueAt) throws Exception {
        HttpResponse<String> added = casesApi(token, "/api/cases/" + reference + "/deadlines", """
                {"kind":"COMPANY_RESPONSE","runsFrom":"%s","dueAt":"%s","legalBasis":"Formal notice"}"""
                .formatted(LocalDate.now(VIENNA), dueAt.atOffset(ZoneOffset.UTC)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    private List<String> deadlineStates(String token, String reference) throws Exception {
        return JsonPath.from(casesApi(token, "/api/cases/" + reference + "/deadlines", null).body()).getList("state", String.class);
    }

    private List<String> timelineActions(String token, String reference) throws Exception {
        return JsonPath.from(casesApi(token, "/api/cases/" + reference + "/timeline", null).body()).getList("action", String.class);
    }

    private HttpResponse<String> casesApi(String token, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.haproxy.url("cases-service", path)))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitOneEmailEach(Collection<String> recipients, Duration atMost) {
        await().atMost(atMost).until(() -> recipients.stream().allMatch(r -> !Mailbox.of(stack.smtp, r).isEmpty()));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                .until(() -> recipients.stream().allMatch(r -> Mailbox.of(stack.smtp, r).size() == 1));
    }

    private static String accessLogLine(ServiceProcess replica, String probe) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> stack.accessLog(replica).stream()
                .filter(line -> line.contains("probe=" + probe)).findFirst().orElse(null), line -> line != null);
    }

    private static long complaintsWithEmail(String email) {
        return ReplicatedStack.count(COMPLAINTS_DB, "select count(*) from complaint where email = ?", email);
    }

    private static String complaintsThroughHaproxy() {
        return stack.haproxy.url("complaints-service", "/api/complaints");
    }

    private static String reference(HttpResponse<String> answer) {
        Matcher matcher = REFERENCE.matcher(answer.body());
        if (!matcher.find()) {
            throw new AssertionError("no reference in " + answer.statusCode() + " " + answer.body());
        }
        return matcher.group(1);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
