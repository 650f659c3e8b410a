package org.redress.cases.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.redress.cases.support.Staff.asBob;
import static org.redress.cases.support.Staff.tokenOf;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Queues;
import org.redress.testsupport.AmqpTestSender;
import org.redress.testsupport.ArtemisTestResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Staff send a case's formal notice by email from the notice page: it goes to notifications-service
 * ({@code notice.requested}) addressed to every address the respondent has on the organisation list,
 * from the organisation, with a reply address of the case's own and the letter as PDF. Only once the mail
 * server accepted it ({@code notification.sent}) is the step "formal notice sent" recorded, dated that
 * day, with the PDF; a refusal ({@code notification.failed}) records no step and says why.
 */
@QuarkusTest
class FormalNoticeMailTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID organisation = UUID.randomUUID();
    private final String company = "Beispiel Netzwerke GmbH " + organisation.toString().substring(0, 8);

    @Test
    void aNoticeSentByEmailGoesToEveryAddressWithTheCasesReplyAddressAndTheStepFollowsTheServersAcceptance()
            throws Exception {
        String reference = caseAgainstACompanyWithTwoAddresses();

        Response sent = post(reference, Map.of("language", "de", "action", "send", "demands", "das Training einzustellen."));

        assertThat(sent.statusCode()).isEqualTo(303);
        JsonNode request = noticeRequested(reference);
        JsonNode data = request.get("data");
        String messageId = data.get("messageId").asText();
        assertThat(data.get("to")).extracting(JsonNode::asText)
                .containsExactly("dpo-" + organisation + "@beispiel.de", "legal-" + organisation + "@beispiel.de");
        assertThat(data.get("replyTo").asText()).matches("case\\+[a-z2-9]{12}@redress\\.local");
        assertThat(data.get("from").asText()).isEqualTo("Redress <notices@redress.local>");
        assertThat(messageId).matches("<notice\\.[0-9a-f-]{36}@redress\\.local>");
        assertThat(data.get("subject").asText()).startsWith("Abmahnung");
        assertThat(data.get("text").asText()).contains("das Training einzustellen.");
        assertThat(data.get("fileName").asText()).isEqualTo("formal-notice-" + reference + "-de.pdf");
        assertThat(new String(Base64.getDecoder().decode(data.get("pdf").asText()), 0, 5)).isEqualTo("%PDF-");
        assertThat(request.toString()).doesNotContain("complainant");

        Document page = noticePage(reference);
        assertThat(page.select("#sent-notices + ul li").text()).contains("Being sent").contains(messageId)
                .contains(data.get("replyTo").asText());
        assertThat(formalNoticeSteps(reference)).isEmpty();

        outcome("notification.sent", reference, messageId, "2027-01-05T23:30:00Z", null);

        await().atMost(Duration.ofSeconds(15)).until(() -> formalNoticeSteps(reference).size() == 1);
        Map<String, Object> step = formalNoticeSteps(reference).get(0);
        assertThat(step.get("occurredOn")).as("the day the server accepted it, in Vienna").isEqualTo("2027-01-06");
        assertThat(step.get("description")).isEqualTo(data.get("subject").asText());
        List<String> documents = asBob().when().get("/api/cases/" + reference + "/steps/" + step.get("id") + "/documents")
                .then().statusCode(200).extract().jsonPath().getList("fileName");
        assertThat(documents).containsExactly("formal-notice-" + reference + "-de.pdf");
        assertThat(asBob().when().get("/api/cases/" + reference + "/deadlines").then().statusCode(200).extract().jsonPath()
                .getList("kind", String.class)).contains("COMPANY_RESPONSE");
        assertThat(noticePage(reference).select("#sent-notices + ul li").text()).contains("Sent").doesNotContain("Being sent");

        // the same outcome again (a redelivery under another event id) records no second step
        outcome("notification.sent", reference, messageId, "2027-01-05T23:30:00Z", null);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> formalNoticeSteps(reference).size() == 1);
    }

    @Test
    void aSecondNoticeWaitsUntilTheFirstHasLeftAndARefusedOneRecordsNoStepButSaysWhy() throws Exception {
        String reference = caseAgainstACompanyWithTwoAddresses();
        assertThat(post(reference, Map.of("language", "en", "action", "send", "demands", "stop.")).statusCode()).isEqualTo(303);
        String messageId = noticeRequested(reference).get("data").get("messageId").asText();

        Response twice = post(reference, Map.of("language", "en", "action", "send", "demands", "stop."));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(twice.asString()).select(".conflict").text()).contains("still on its way");

        outcome("notification.failed", reference, messageId, "2027-01-05T10:00:00Z", "550 5.1.1 (recipient): no such user");
        await().atMost(Duration.ofSeconds(15)).until(() -> noticePage(reference).select("#sent-notices + ul li .error").text()
                .equals("Not sent: 550 5.1.1 (recipient): no such user"));
        assertThat(formalNoticeSteps(reference)).isEmpty();

        assertThat(post(reference, Map.of("language", "en", "action", "send", "demands", "stop.")).statusCode())
                .as("sent again once the first was refused").isEqualTo(303);
    }

    @Test
    void aRespondentWithoutAnAddressOffersNoSendingAndASendIsRefused() {
        String reference = Cases.open("respondent", "Typed In Ltd " + organisation);

        assertThat(noticePage(reference).select("button[value=send]")).isEmpty();
        Response refused = post(reference, Map.of("language", "en", "action", "send", "demands", "stop."));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select(".conflict").text()).contains("has no address for formal notices");
    }

    private String caseAgainstACompanyWithTwoAddresses() {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "organisation-events",
                "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"complaints-service\","
                        + "\"type\":\"organisation.changed\",\"time\":\"2027-01-05T10:00:00Z\",\"subject\":\"" + organisation
                        + "\",\"datacontenttype\":\"application/json\",\"data\":{\"organisationId\":\"" + organisation + "\","
                        + "\"name\":\"" + company + "\",\"country\":\"DE\",\"euEntity\":true,\"version\":1,\"contacts\":["
                        + "{\"role\":\"DPO\",\"email\":\"dpo-" + organisation + "@beispiel.de\",\"language\":\"de\"},"
                        + "{\"role\":\"LEGAL\",\"email\":\"Legal-" + organisation + "@Beispiel.de\",\"language\":\"en\"}]}}");
        String reference = Cases.open("title", "KI-Training", "respondent", company);
        await().atMost(Duration.ofSeconds(15)).until(() -> !noticePage(reference).select("button[value=send]").isEmpty());
        return reference;
    }

    private static JsonNode noticeRequested(String reference) throws Exception {
        List<String> events = Queues.events(Queues.noticeRequests(), "notice.requested", "\"caseReference\":\"" + reference + "\"");
        assertThat(events).hasSize(1);
        return JSON.readTree(events.get(0));
    }

    private static void outcome(String type, String reference, String messageId, String at, String error) {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "notification-events",
                "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"notifications-service\","
                        + "\"type\":\"" + type + "\",\"time\":\"" + at + "\",\"subject\":\"x\",\"datacontenttype\":\"application/json\","
                        + "\"data\":{\"deliveryId\":\"" + UUID.randomUUID() + "\",\"kind\":\"formal-notice\",\"caseReference\":\""
                        + reference + "\",\"messageId\":\"" + messageId + "\",\"at\":\"" + at + "\""
                        + (error == null ? "" : ",\"error\":\"" + error + "\"") + "}}");
    }

    private static List<Map<String, Object>> formalNoticeSteps(String reference) {
        return asBob().when().get("/api/cases/" + reference + "/steps").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.type == 'FORMAL_NOTICE_SENT' }");
    }

    private static Document noticePage(String reference) {
        return Jsoup.parse(RestAssured.given().auth().oauth2(tokenOf("bob")).accept("text/html").when()
                .get("/staff/cases/" + reference + "/notice").then().statusCode(200).extract().asString());
    }

    /** Posts the notice form as the page does, with its CSRF cookie and token. */
    private static Response post(String reference, Map<String, String> fields) {
        Response shown = RestAssured.given().auth().oauth2(tokenOf("bob")).accept("text/html").when()
                .get("/staff/cases/" + reference + "/notice");
        Matcher token = TOKEN.matcher(shown.asString());
        assertThat(token.find()).isTrue();
        var request = RestAssured.given().auth().oauth2(tokenOf("bob")).redirects().follow(false)
                .cookie("csrf-token", shown.getCookie("csrf-token")).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1));
        fields.forEach(request::formParam);
        return request.when().post("/staff/cases/" + reference + "/notice");
    }
}
