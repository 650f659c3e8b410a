package org.redress.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.redress.testsupport.Mailbox;

/** The public complaint form of complaints-service ({@code /}), filled in as a member of the public does. */
final class PublicComplaintForm {

    private static final Pattern REFERENCE = Pattern.compile("reference=(RC-\\d{4}-\\d+)");

    /** What a complainant types in; the company is typed in (organisation "other"). */
    record Complaint(String name, String email, String company, String text, String attachmentName) {
    }

    private final Browser browser;
    private final WholeStack stack;

    PublicComplaintForm(Browser browser, WholeStack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    /** Fills in and sends the form; answers the complaint's reference from the thank-you page. */
    String submit(Complaint complaint, String screenshot) {
        browser.open(stack.complaints.url("/"));
        browser.type("#name", complaint.name());
        browser.type("#email", complaint.email());
        browser.select("#country", "AT");
        browser.select("#organisation", "other");
        browser.type("#company", complaint.company());
        browser.type("#service", "Instagram");
        browser.select("#category", "AI_TRAINING");
        browser.type("#text", complaint.text());
        browser.setValue("#startedOn", "2025-05-27");
        browser.click("#contacted-no");
        browser.find("#attachments").sendKeys(attachment(complaint.attachmentName()).toString());
        browser.click("#consentToProcessing");
        browser.screenshot(screenshot + "-filled-in");
        browser.submit("form[action='/complaints'] button[type=submit]");
        Matcher reference = REFERENCE.matcher(browser.url());
        if (!reference.find()) {
            browser.screenshot(screenshot + "-refused");
            throw new AssertionError("the form did not lead to the thank-you page: " + browser.url() + "\n" + browser.text());
        }
        return reference.group(1);
    }

    /** The verification email sent to {@code email}, once it has arrived. */
    MimeMessage verificationEmail(String email) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(email).isEmpty());
        return mailsTo(email).get(0);
    }

    List<MimeMessage> mailsTo(String email) {
        return Mailbox.of(stack.smtp, email);
    }

    /** A small plain-text file named {@code name} (its name is public text too). */
    private static Path attachment(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/e2e-files").toAbsolutePath());
            Path file = dir.resolve(name);
            Files.writeString(file, "Screenshot of the notice Meta showed on 27 May 2025.\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
