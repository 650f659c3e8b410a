package org.redress.cases.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.cases.support.Staff.asBob;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.InertHtml;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class NoteResourceTest {

    static JsonPath add(String reference, String body) {
        return asBob().body(Map.of("body", body)).when().post("/api/cases/" + reference + "/notes")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void addsANoteWithItsAuthorTimeMarkdownAndSafeHtml() {
        String reference = Cases.open();

        var created = asBob().body(Map.of("body", "Called the **DPA**")).when().post("/api/cases/" + reference + "/notes")
                .then().statusCode(201).extract();

        JsonPath note = created.jsonPath();
        assertThat(note.getString("author")).isEqualTo("bob");
        assertThat(note.getString("caseReference")).isEqualTo(reference);
        assertThat(note.getString("writtenAt")).isNotBlank();
        assertThat(note.getString("body")).isEqualTo("Called the **DPA**");
        assertThat(note.getString("html")).isEqualTo("<p>Called the <strong>DPA</strong></p>\n");
        assertThat(created.header("Location")).endsWith("/api/cases/" + reference + "/notes/" + note.getString("id"));
        asBob().when().get("/api/cases/" + reference + "/notes/" + note.getString("id")).then().statusCode(200)
                .body("body", equalTo("Called the **DPA**"));
    }

    @Test
    void listsTheNotesNewestFirst() {
        String reference = Cases.open();
        add(reference, "first");
        add(reference, "second");
        add(reference, "third");

        asBob().when().get("/api/cases/" + reference + "/notes").then().statusCode(200)
                .body("body", contains("third", "second", "first"));
    }

    @Test
    void recordsTheNoteOnTheCasesTimeline() {
        String reference = Cases.open();
        String id = add(reference, "Spoke to   the company's DPO\nabout the deadline").getString("id");

        JsonPath timeline = asBob().when().get("/api/cases/" + reference + "/timeline").then().extract().jsonPath();
        List<Map<String, Object>> entries = timeline.getList("findAll { it.action == 'note.added' }");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).containsEntry("actor", "bob").containsEntry("subject", "NOTE").containsEntry("subjectId", id);
        assertThat(timeline.getString("find { it.action == 'note.added' }.changes.excerpt.to"))
                .isEqualTo("Spoke to the company's DPO about the deadline");
    }

    @Test
    void refusesAnEmptyOrBlankNoteNamingTheField() {
        String reference = Cases.open();

        for (String body : new String[] {"", "  \n\t "}) {
            asBob().body(Map.of("body", body)).when().post("/api/cases/" + reference + "/notes")
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors.field", contains("body"));
        }
        asBob().body("{}").when().post("/api/cases/" + reference + "/notes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("body"));
        asBob().when().get("/api/cases/" + reference + "/notes").then().body("", hasSize(0));
    }

    @Test
    void takesTwentyThousandCharactersAndRefusesOneMore() {
        String reference = Cases.open();

        add(reference, "a".repeat(NoteForm.MAX));
        asBob().body(Map.of("body", "a".repeat(NoteForm.MAX + 1))).when().post("/api/cases/" + reference + "/notes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("body"));
    }

    @Test
    void refusesABodyThatIsNotJsonOrOfTheWrongType() {
        String reference = Cases.open();

        asBob().body("{\"body\":").when().post("/api/cases/" + reference + "/notes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        asBob().body("{\"body\":[1]}").when().post("/api/cases/" + reference + "/notes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void answersNotFoundForAnUnknownCaseOrNote() {
        asBob().when().get("/api/cases/CASE-1999-9999/notes").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        asBob().body(Map.of("body", "x")).when().post("/api/cases/CASE-1999-9999/notes").then().statusCode(404);
        String reference = Cases.open();
        asBob().when().get("/api/cases/" + reference + "/notes/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void refusesANoteOnAClosedCase() {
        String reference = Cases.open();
        long version = asBob().when().get("/api/cases/" + reference).then().extract().jsonPath().getLong("version");
        asBob().body(Map.of("status", "CLOSED", "version", version)).when().post("/api/cases/" + reference + "/status")
                .then().statusCode(200);

        asBob().body(Map.of("body", "too late")).when().post("/api/cases/" + reference + "/notes")
                .then().statusCode(409).body("type", equalTo("https://redress.example/problems/case-closed"));
    }

    @Test
    void answersHostileMarkdownAsInertHtml() {
        String reference = Cases.open();

        String html = add(reference, "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))")
                .getString("html");

        InertHtml.assertInert(html);
        assertThat(html).contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
