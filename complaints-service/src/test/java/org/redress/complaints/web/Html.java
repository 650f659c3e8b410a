package org.redress.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Reading the public pages in tests, as a browser would parse them. */
final class Html {

    private Html() {
    }

    static Document parse(ExtractableResponse<Response> response) {
        return Jsoup.parse(response.body().asString());
    }

    /** Every visible form control has a label that names it, through {@code for} or by wrapping it. */
    static void assertEveryInputIsLabelled(Document page) {
        for (Element control : page.select("input, select, textarea")) {
            String type = control.attr("type");
            if (type.equals("hidden") || control.tagName().equals("button")) {
                continue;
            }
            String id = control.id();
            assertThat(id).as("id of %s", control.outerHtml()).isNotBlank();
            Element label = page.selectFirst("label[for=" + id + "]");
            assertThat(label).as("label of #%s", id).isNotNull();
            assertThat(label.text()).as("text of the label of #%s", id).isNotBlank();
        }
    }

    /** The text of the message tied to a field through aria-describedby, or null if none. */
    static String errorOf(Document page, String fieldId) {
        Element field = page.getElementById(fieldId);
        assertThat(field).as("field #%s", fieldId).isNotNull();
        Element error = page.getElementById(fieldId + "-error");
        if (error == null) {
            return null;
        }
        assertThat(field.attr("aria-describedby")).as("aria-describedby of #%s", fieldId).contains(fieldId + "-error");
        assertThat(field.attr("aria-invalid")).as("aria-invalid of #%s", fieldId).isEqualTo("true");
        return error.text();
    }
}
