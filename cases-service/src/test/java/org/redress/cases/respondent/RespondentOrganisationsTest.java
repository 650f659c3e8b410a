package org.redress.cases.respondent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.redress.cases.support.Staff.asBob;

import java.time.Duration;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.testsupport.AmqpTestSender;
import org.redress.testsupport.ArtemisTestResource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * cases-service keeps a copy of complaints-service's organisations (organisation.changed): the new-case
 * form offers their names for the respondent, and a case whose respondent is one of them shows where a
 * formal notice to it goes, in the language to write in.
 */
@QuarkusTest
class RespondentOrganisationsTest {

    private final UUID organisation = UUID.randomUUID();
    private final String name = "Beispiel Plattformen GmbH " + organisation.toString().substring(0, 8);

    private String changed(long version, String contacts) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"complaints-service\","
                + "\"type\":\"organisation.changed\",\"time\":\"2027-01-05T10:00:00Z\",\"subject\":\"" + organisation + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"organisationId\":\"" + organisation + "\","
                + "\"name\":\"" + name + "\",\"country\":\"DE\",\"euEntity\":true,\"version\":" + version
                + ",\"contacts\":[" + contacts + "]}}";
    }

    private static String contact(String role, String email, String language) {
        return "{\"role\":\"" + role + "\",\"email\":\"" + email + "\",\"language\":\"" + language + "\"}";
    }

    private static void send(String... bodies) {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "organisation-events", bodies);
    }

    private static String addresses(String reference) {
        return Jsoup.parse(asBob().accept("text/html").when().get("/staff/cases/" + reference).then().statusCode(200)
                .extract().asString()).select("#notice-addresses").text();
    }

    @Test
    void aCaseAgainstAnOrganisationOfTheListShowsWhereItsFormalNoticeGoesAndInWhichLanguage() {
        send(changed(1, contact("DPO", "datenschutz@beispiel.de", "de") + "," + contact("LEGAL", "legal@beispiel.de", "en")));
        String reference = Cases.open("respondent", name.toUpperCase());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(addresses(reference))
                .isEqualTo("Data protection officer: datenschutz@beispiel.de (write in Deutsch)"
                        + " Legal department: legal@beispiel.de (write in English)"));
        String form = asBob().accept("text/html").when().get("/staff/cases/new").then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(form).select("datalist#organisations option[value=\"" + name + "\"]")).hasSize(1);
        assertThat(Jsoup.parse(form).select("#respondent").attr("list")).isEqualTo("organisations");
    }

    @Test
    void anOlderEventChangesNothingAndANewerOneReplacesTheAddresses() {
        send(changed(2, contact("DPO", "dpo-v2@beispiel.de", "de")));
        String reference = Cases.open("respondent", name);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(addresses(reference)).contains("dpo-v2@"));

        send(changed(1, contact("DPO", "dpo-v1@beispiel.de", "de")), changed(3, ""));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(addresses(reference))
                .isEqualTo("No address yet: add one on complaints-service's page of the organisation."));
    }

    @Test
    void aRespondentNotOnTheListSaysSo() {
        String reference = Cases.open("respondent", "Typed In Ltd " + organisation);

        assertThat(addresses(reference)).startsWith("Not an organisation of the list");
    }
}
