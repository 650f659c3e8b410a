package org.redress.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The end-to-end journey in Debian's Chromium against the whole stack: a complaint from the
 * public, its case, the formal notice and its deadline, the "response period ended" reminder, and the
 * complainant's own data. The steps run in order and hand on what they reached (the complaint, the
 * case); a step that needs an earlier one's result says so when it is missing. Each step leaves a
 * screenshot in {@code target/e2e-screenshots/}.
 */
class BrowserJourneyIT extends BrowserSession {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHOWN_DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final String COMPANY = "Meta Platforms Ireland Ltd";
    private static final String ATTACHMENT = "instagram-notice.txt";
    private static final String PUBLIC_SUMMARY = "We have sent Meta a formal notice: it has one week to stop training its AI on your posts.";

    private final String marker = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    private final String caseMarker = "E2E-case-" + UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Erika Mustermann " + marker;
    private final String email = "erika-" + marker.toLowerCase(Locale.ROOT) + "@example.org";
    private final String text = marker + ": Meta uses my Instagram posts since 2014 to train its AI without my consent.";

    // what the journey has reached so far
    private String reference;
    private String statusUrl;
    private String complaintUrl;
    private String selectionUrl;
    private String caseReference;
    private String caseUrl;
    private Boolean linked;

    @Test
    @Order(1)
    void step1_aMemberOfThePublicSubmitsAComplaintWithAnAttachmentConfirmsItByEmailAndSeesItsStatusPage() {
        PublicComplaintForm form = new PublicComplaintForm(browser, stack);
        reference = form.submit(new PublicComplaintForm.Complaint(name, email, COMPANY, text, ATTACHMENT), "step1");
        browser.screenshot("step1-thanks");
        assertThat(browser.text()).contains(reference);

        String link = MailLinks.linkIn(form.verificationEmail(email));
        assertThat(link).startsWith(stack.complaints.url("/verify/"));
        browser.open(link);

        assertThat(browser.url()).startsWith(stack.complaints.url("/status/"));
        assertThat(browser.text()).contains(reference, name, email, COMPANY, marker, ATTACHMENT);
        statusUrl = browser.url();
    }

    @Test
    @Order(2)
    void step2a_aCaseWorkerLogsInFindsTheComplaintOnTheTriageDeskAndOpensTheNewCaseFormWithIt() {
        needs(reference, "the complaint of step 1");
        StaffPages.require(stack.complaints, "/staff/triage", "The triage desk (complaints-service /staff/triage)");
        staff.open(stack.complaints.url("/staff/triage"), "step2a");
        assertThat(browser.text()).as("the triage queue lists the complaint by its text").contains(marker);
        browser.screenshot("step2a-triage-queue");

        browser.clickInRowWith(marker, "a[contains(@href, '/staff/complaints/')]");
        complaintUrl = browser.url();
        assertThat(browser.text()).as("the complaint's detail page").contains(reference, name, email, marker, ATTACHMENT);
        browser.screenshot("step2a-complaint-detail");

        // back on the queue: choose it, and "open a new case with them"
        browser.open(stack.complaints.url("/staff/triage"));
        browser.clickInRowWith(marker, "input[@type='checkbox']");
        browser.select("#action", "case");
        browser.screenshot("step2a-open-a-new-case");
        browser.submit("#actions button[type=submit]:not([form])");
        if (browser.url().startsWith(stack.complaints.url("/staff/triage/selections/"))) {
            // the desk keeps the choice, to link the complaints once the case is open (step 2c)
            selectionUrl = browser.url();
            browser.screenshot("step2a-selection");
            browser.click("#new-case");
        }
        assertThat(browser.url()).startsWith(stack.cases.url("/staff/cases/new"));
        assertThat(browser.find("#complaints").getAttribute("value")).as("pre-filled complaints").contains(reference);
    }

    @Test
    @Order(3)
    void step2b_theCaseWorkerOpensTheCaseRecordsAFormalNoticeSentTodayAndSeesTheComputedDeadlineAndItsExplanation() {
        if (!browser.url().startsWith(stack.cases.url("/staff/cases/new"))) {
            // without the triage desk (step 2a): the form it opens, with the same pre-filled complaint
            staff.open(stack.cases.url("/staff/cases/new" + (reference == null ? "" : "?complaints=" + reference)), "step2b");
        }
        browser.type("#title", "Meta: AI training on users' posts (" + caseMarker + ")");
        browser.type("#respondent", COMPANY);
        browser.type("#jurisdiction", "AT");
        browser.type("#owner", StaffPages.EMAIL);
        browser.type("#publicSummary", PUBLIC_SUMMARY);
        browser.screenshot("step2b-new-case-form");
        browser.press("Open the case");
        if (selectionUrl != null && browser.url().startsWith(selectionUrl)) {
            // cases-service brought the case worker back to the triage desk's choice, the case filled in
            browser.screenshot("step2b-back-on-the-triage-desk");
            caseReference = browser.find("form#link input[name=caseReference]").getAttribute("value");
            assertThat(caseReference).as("the new case's reference, filled in on the triage desk").isNotBlank();
            staff.open(stack.cases.url("/staff/cases/" + caseReference), "step2b");
        }
        assertThat(browser.url()).as("the new case's page").matches(Pattern.quote(stack.cases.url("/staff/cases/")) + "[^/]+");
        caseUrl = browser.url();
        caseReference = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);

        LocalDate today = LocalDate.now(VIENNA);
        browser.click("#step-form summary");
        browser.select("#step-type", "FORMAL_NOTICE_SENT");
        browser.setValue("#occurredOn", today.toString());
        browser.type("#description", "Formal notice sent to Meta by email, one week to answer");
        browser.screenshot("step2b-formal-notice-form");
        browser.press("Add the step");

        assertThat(browser.find("#steps").getText()).contains("Formal notice sent");
        WebElement deadline = companyResponseDeadline();
        String due = deadline.findElement(By.cssSelector("td:nth-child(2)")).getText();
        // the end of the due day in the staff member's zone (the case's, Austria's, is the same)
        assertThat(due).matches(".+, 24:00 CES?T");
        LocalDate dueDay = LocalDate.parse(due.substring(0, due.indexOf(", 24:00")), SHOWN_DUE);
        // one week from today, moved on to the next working day over a weekend or public holidays
        assertThat(dueDay).isBetween(today.plusWeeks(1), today.plusWeeks(1).plusDays(4));
        assertThat(deadline.findElement(By.cssSelector(".explanation")).getText())
                .as("the explanation of the computed deadline")
                .contains(today.format(DAY) + " + 1 week", dueDay.format(SHOWN_DUE) + " 24:00 Europe/Vienna");
    }

    @Test
    @Order(4)
    void step2c_theComplaintIsLinkedToTheNewCase() {
        needs(reference, "the complaint of step 1");
        needs(caseReference, "the case of step 2b");
        if (!linkedOnCasePage()) {
            // on the triage desk's choice ("link them to the new case"), or else on the complaint's page
            String linkFrom = selectionUrl != null ? selectionUrl : complaintUrl;
            needs(linkFrom, "the triage desk (step 2a) to link the complaint to " + caseReference);
            staff.open(linkFrom, "step2c");
            browser.type("form#link input[name=caseReference]", caseReference);
            browser.screenshot("step2c-link-form");
            browser.submit("form#link button[type=submit]:not([form])");
        }
        await("the case page listing " + reference + " among its linked complaints").atMost(Duration.ofSeconds(15))
                .until(this::linkedOnCasePage);
        linked = true;
    }

    @Test
    @Order(5)
    void step3_theDeadlineMovedToSecondsFromNowEndsWithOnePeriodEndedEmailToTheOwnerAndTheTimelineShowsIt()
            throws SQLException {
        needs(caseReference, "the case of step 2b");
        // The browser cannot wait a week. Time moves on in cases-service's database: the deadline falls
        // due in 20 s. Then the case worker moves it, on the case page, to the next whole minute at least
        // 25 s away (the form takes minutes): a change notifications-service hears of (deadline.rescheduled)
        // as it would of any extension.
        assertThat(moveCompanyResponseDeadline(Duration.ofSeconds(20))).isEqualTo(1);
        staff.open(caseUrl, "step3");
        WebElement deadline = companyResponseDeadline();
        deadline.findElement(By.cssSelector("details summary")).click();
        String dueAt = LocalDateTime.now(VIENNA).plusSeconds(25 + 59).truncatedTo(ChronoUnit.MINUTES).toString();
        browser.script("arguments[0].value = arguments[1];", deadline.findElement(By.cssSelector("input[name=dueAt]")), dueAt);
        browser.screenshot("step3-extend-form");
        deadline.findElement(By.cssSelector("form[action$='/extend'] button[type=submit]")).click();
        // the form's answer reloads the page: rows read while it reloads go stale, so read until it has
        await("the moved deadline on the reloaded case page").atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .untilAsserted(() -> assertThat(companyResponseDeadline().getText()).contains("Extended"));

        await("the 'period ended' email in " + StaffPages.EMAIL + "'s mailbox").atMost(Duration.ofSeconds(120))
                .until(() -> !periodEndedEmails().isEmpty());
        await("exactly one 'period ended' email").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> periodEndedEmails().size() == 1);
        assertThat(MailLinks.linkIn(periodEndedEmails().get(0))).isEqualTo(stack.cases.url("/staff/cases/" + caseReference));

        await("the deadline shown MISSED on the case page").atMost(Duration.ofSeconds(10)).until(() -> {
            staff.open(caseUrl, "step3");
            return companyResponseDeadline().getText().contains("Missed");
        });
        assertThat(browser.find("#timeline").getText().toLowerCase(Locale.ROOT))
                .as("the case timeline shows the 'period ended' reminder sent to the owner (notification.sent)")
                .contains("an email was sent: period ended");
    }

    @Test
    @Order(6)
    void step4a_theComplainantsStatusPageShowsTheCasesPublicSummary() {
        needs(statusUrl, "the status page of step 1");
        needs(linked, "the complaint linked to the case of step 2b (step 2c)");
        browser.open(statusUrl);
        await("the status page showing the public summary of " + caseReference + " (the complaint is linked in step 2c)")
                .atMost(Duration.ofSeconds(20)).until(() -> {
            browser.open(statusUrl);
            return browser.text().contains(PUBLIC_SUMMARY);
        });
    }

    @Test
    @Order(7)
    void step4b_theComplainantDownloadsTheirDataAndErasesIt() throws IOException {
        needs(statusUrl, "the status page of step 1");
        browser.open(statusUrl);
        browser.click("a[href$='/export']");
        Path export = await("the data export (a zip) in " + Browser.DOWNLOADS).atMost(Duration.ofSeconds(15))
                .until(this::exportedFile, file -> file != null);
        assertThat(contentsOf(export)).contains(reference, name, email, marker, ATTACHMENT);

        browser.click("a[href$='/erase']");
        browser.screenshot("step4b-erase-confirmation");
        browser.submit("form[action$='/erase'] button[type=submit]");
        assertThat(browser.url()).startsWith(stack.complaints.url("/status/erased"));
        browser.open(statusUrl);
        assertThat(browser.text()).doesNotContain(name, email, marker);
    }

    @Test
    @Order(8)
    void step4c_theStaffPagesNoLongerShowTheComplainantsPersonalData() {
        needs(caseUrl, "the case of step 2b");
        staff.open(caseUrl, "step4c");
        assertThat(browser.source()).doesNotContain(name, email, marker);
        needs(complaintUrl, "the complaint's triage page (step 2a)");
        StaffPages.require(stack.complaints, "/staff/triage", "The triage desk (complaints-service /staff/triage)");
        staff.open(stack.complaints.url("/staff/triage"), "step4c");
        assertThat(browser.source()).doesNotContain(name, email, marker);
        browser.open(complaintUrl);
        browser.screenshot("step4c-erased-complaint-detail");
        assertThat(browser.source()).doesNotContain(name, email, marker, ATTACHMENT);
    }

    private boolean linkedOnCasePage() {
        staff.open(caseUrl, "step2c");
        return browser.find("#linked").getText().contains(reference);
    }

    private WebElement companyResponseDeadline() {
        List<WebElement> rows = browser.findAll("#deadlines tbody tr").stream()
                .filter(row -> row.getText().contains("Company response")).toList();
        assertThat(rows).as("the company's response deadline on the case page").hasSize(1);
        return rows.get(0);
    }

    private int moveCompanyResponseDeadline(Duration fromNow) throws SQLException {
        try (Connection db = stack.casesDatabase(); PreparedStatement move = db.prepareStatement(
                "update deadline set due_at = now() + make_interval(secs => ?) where kind = 'COMPANY_RESPONSE'"
                        + " and state in ('OPEN', 'EXTENDED')"
                        + " and case_id = (select id from case_file where reference = ?)")) {
            move.setLong(1, fromNow.toSeconds());
            move.setString(2, caseReference);
            return move.executeUpdate();
        }
    }

    private List<MimeMessage> periodEndedEmails() {
        return new PublicComplaintForm(browser, stack).mailsTo(StaffPages.EMAIL).stream()
                .filter(mail -> MailLinks.subjectOf(mail).contains("period ended")
                        && MailLinks.subjectOf(mail).contains(caseReference))
                .toList();
    }

    private Path exportedFile() throws IOException {
        try (Stream<Path> files = Files.list(Browser.DOWNLOADS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElse(null);
        }
    }

    /** Every entry of the downloaded zip, as text, one after the other. */
    private static String contentsOf(Path zip) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                text.append(entry.getName()).append('\n')
                        .append(new String(entries.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}
