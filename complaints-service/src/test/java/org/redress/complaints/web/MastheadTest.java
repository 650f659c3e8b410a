package org.redress.complaints.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every public page says who runs it, as configured (redress.complaints.organisation, given values
 * of their own in the test profile): name and logo in the header, privacy notice and imprint in the
 * footer, and the privacy notice again beside the consents on the form. The logo is the test's own
 * file (logo-file), served by the service.
 */
@QuarkusTest
class MastheadTest {

    static final String NAME = "Privacy Watch <Test>";
    static final String PRIVACY = "https://privacy-watch.example.org/privacy";
    static final String IMPRINT = "https://privacy-watch.example.org/imprint";

    @Test
    void everyPublicPageNamesTheOrganisationWithItsLogoAndLinksItsPrivacyNoticeAndImprint() {
        String token = WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("masthead"), null, complaint -> { });
        List<String> paths = List.of("/", "/complaints/new", "/complaints/thanks", "/status-link", "/status/" + token,
                "/status/" + token + "/erase", "/status/erased", "/status/unknown-token", "/c/no-such-campaign");
        for (String path : paths) {
            Document page = Html.parse(given().accept("text/html").when().get(path).then().extract());

            Element home = page.selectFirst("header .site-name a[href=/]");
            assertThat(home).as("home link on %s", path).isNotNull();
            assertThat(home.text()).as("name on %s", path).isEqualTo(NAME);
            Element logo = home.selectFirst("img");
            assertThat(logo.attr("src")).as("logo on %s", path).isEqualTo("/organisation/logo");
            // the name beside it says it all: the logo is not announced a second time
            assertThat(logo.attr("alt")).isEmpty();
            assertThat(page.title()).as("title of %s", path).endsWith(" · " + NAME);

            Element footer = page.selectFirst("footer");
            assertThat(footer.selectFirst("a[href=\"" + PRIVACY + "\"]").text()).isEqualTo("Privacy notice");
            assertThat(footer.selectFirst("a[href=\"" + IMPRINT + "\"]").text()).isEqualTo("Imprint");
            assertThat(footer.selectFirst(".imprint").text()).isEqualTo("Privacy Watch e.V. <b>Example Street 1</b>, Berlin");
            assertThat(footer.select("b")).isEmpty();
        }
    }

    @Test
    void theFormLinksThePrivacyNoticeRightBesideTheConsentsInThePagesLanguage() {
        Document page = Html.parse(given().when().get("/?lang=de").then().statusCode(200).extract());

        Element consents = page.getElementById("consents");
        Element notice = consents.selectFirst("a[href=\"" + PRIVACY + "\"]");
        assertThat(notice.text()).isEqualTo("Wie " + NAME + " mit Ihren Daten umgeht: Datenschutzerklärung");
        assertThat(page.getElementById("consentToProcessing").attr("aria-describedby")).contains("consents-hint");
        assertThat(page.selectFirst("footer a[href=\"" + IMPRINT + "\"]").text()).isEqualTo("Impressum");
        assertThat(page.selectFirst("footer").text()).contains(NAME + " hilft Menschen");
    }

    @Test
    void theOrganisationsOwnLogoFileIsServedByTheServiceItself() {
        String svg = given().when().get("/organisation/logo").then().statusCode(200).contentType("image/svg+xml")
                .extract().asString();
        assertThat(svg).contains("<title>test logo</title>");
    }

    @Test
    void theBuiltInLogoIsServedByTheServiceItself() {
        String svg = given().when().get("/img/logo.svg").then().statusCode(200).contentType("image/svg+xml")
                .extract().asString();
        assertThat(svg).startsWith("<svg").doesNotContain("<script");
    }
}
