package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asAlice;
import static org.redress.cases.support.Staff.asBob;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Forms;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A staff member saves the case list's current filter under a name and finds it again as a link
 * above the list; the views are their own, a name saved again replaces its filter, and a view can be
 * deleted. Only the list's own parameters are kept, never the page number nor anything else sent.
 */
@QuarkusTest
class SavedViewsTest {

    private static final Pattern LISTED = Pattern.compile("<td><a href=\"/staff/cases/([^\"]+)\">");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern SAVED = Pattern.compile("<li><a href=\"([^\"]+)\">([^<]+)</a>");

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    private static String page(String path) {
        return asBob().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
    }

    /** The fields the list's save form sends besides the name: the filter it shows. */
    private static Map<String, String> saveForm(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        HIDDEN.matcher(section(html, "id=\"save-view\"", "</form>")).results()
                .filter(field -> !field.group(1).equals("csrf-token"))
                .forEach(field -> fields.put(field.group(1), field.group(2).replace("&amp;", "&")));
        return fields;
    }

    /** Saves the filter of the list at {@code path} as {@code name}, as the list's form does. */
    private static Response save(String path, String name) {
        Map<String, String> fields = saveForm(page(path));
        fields.put("name", name);
        return Forms.post(path, "/staff/cases/views", fields);
    }

    private static Response delete(String name) {
        return Forms.post("/staff/cases", "/staff/cases/views/delete", Map.of("name", name));
    }

    /** Bob's saved views as the list shows them: name to link. */
    private static Map<String, String> savedViews(String html) {
        Map<String, String> views = new LinkedHashMap<>();
        Matcher saved = SAVED.matcher(section(html, "id=\"views\"", "</section>"));
        while (saved.find()) {
            views.put(saved.group(2), saved.group(1).replace("&amp;", "&"));
        }
        return views;
    }

    private static List<String> listed(String html) {
        return LISTED.matcher(section(html, "id=\"cases\"", "</table>")).results().map(match -> match.group(1)).toList();
    }

    private static String section(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as("the page has %s", from).isNotNegative();
        return html.substring(start, html.indexOf(to, start));
    }

    /** Each test's views go with it: bob's views stay few, whatever ran before. */
    @AfterEach
    void deleteThisTestsViews() {
        savedViews(page("/staff/cases")).keySet().stream().filter(name -> name.contains(marker))
                .forEach(name -> delete(name.replace("&lt;", "<").replace("&gt;", ">")).then().statusCode(303));
    }

    @Test
    void theCurrentFilterSavedUnderANameIsALinkAboveTheListThatShowsTheSameCases() {
        String first = Cases.open("title", "A " + marker, "tags", List.of("saved-" + marker));
        String second = Cases.open("title", "B " + marker, "tags", List.of("saved-" + marker));
        Cases.open("title", "C " + marker);
        String filtered = "/staff/cases?scope=all&tag=saved-" + marker + "&sort=title&order=asc&page=0";

        Response saved = save(filtered, "Tagged " + marker);

        assertThat(saved.statusCode()).isEqualTo(303);
        String link = savedViews(page("/staff/cases")).get("Tagged " + marker);
        assertThat(link).isEqualTo("/staff/cases?scope=all&tag=saved-" + marker + "&sort=title&order=asc");
        assertThat(saved.header("Location")).endsWith(link + "#views");
        assertThat(listed(page(link))).containsExactly(first, second).isEqualTo(listed(page(filtered)));
    }

    @Test
    void anotherStaffMemberDoesNotSeeMySavedViews() {
        save("/staff/cases?q=" + marker, "Private " + marker).then().statusCode(303);

        String alices = asAlice().accept("text/html").when().get("/staff/cases").then().statusCode(200).extract().asString();

        assertThat(savedViews(page("/staff/cases"))).containsKey("Private " + marker);
        assertThat(savedViews(alices)).doesNotContainKey("Private " + marker);
    }

    @Test
    void savingANameAgainReplacesItsFilter() {
        save("/staff/cases?q=old" + marker, "Reused " + marker).then().statusCode(303);
        save("/staff/cases?q=new" + marker + "&status=OPEN", " Reused " + marker + " ").then().statusCode(303);

        Map<String, String> views = savedViews(page("/staff/cases"));

        assertThat(views.keySet()).filteredOn(name -> name.contains(marker)).containsExactly("Reused " + marker);
        assertThat(views.get("Reused " + marker)).isEqualTo("/staff/cases?status=OPEN&q=new" + marker + "&sort=openedAt&order=desc");
    }

    @Test
    void aDeletedViewIsNoLongerListed() {
        save("/staff/cases?q=" + marker, "Gone " + marker).then().statusCode(303);

        Response deleted = delete("Gone " + marker);

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(savedViews(page("/staff/cases"))).doesNotContainKey("Gone " + marker);
    }

    @Test
    void aBlankOrTooLongNameIsRefusedWithTheListAndAMessage() {
        Response blank = save("/staff/cases?q=" + marker, "  ");
        Response tooLong = save("/staff/cases?q=" + marker, "x".repeat(61));

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(section(blank.asString(), "id=\"save-view\"", "</form>")).contains("must not be blank");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(section(tooLong.asString(), "id=\"save-view\"", "</form>")).contains("at most 60 characters")
                .contains("value=\"" + "x".repeat(61) + "\"");
        assertThat(tooLong.asString()).as("the list is shown again, filtered as it was").contains("id=\"cases\"")
                .contains("name=\"q\" value=\"" + marker + "\"");
        assertThat(savedViews(page("/staff/cases")).keySet()).noneMatch(name -> name.isBlank() || name.length() > 60);
    }

    @Test
    void aTwentyFirstViewIsRefusedWhileReplacingOneStillWorks() {
        int already = savedViews(page("/staff/cases")).size();
        for (int i = already; i < 20; i++) {
            save("/staff/cases?q=" + marker + i, "Full " + marker + " " + i).then().statusCode(303);
        }

        Response oneTooMany = save("/staff/cases?q=" + marker, "One too many " + marker);
        Response replaced = save("/staff/cases?q=" + marker, "Full " + marker + " 19");
        Response german = Forms.post("/staff/cases", "/staff/cases/views", Map.of("name", "Eine zu viel " + marker), "de");

        assertThat(oneTooMany.statusCode()).isEqualTo(400);
        assertThat(oneTooMany.asString()).contains("at most 20 saved views: delete one to save another");
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(german.asString()).contains("höchstens 20 gespeicherte Ansichten");
        assertThat(replaced.statusCode()).isEqualTo(303);
        Map<String, String> views = savedViews(page("/staff/cases"));
        assertThat(views).hasSize(20).doesNotContainKey("One too many " + marker);
    }

    @Test
    void onlyTheListsOwnParametersAreKeptNeverThePageNorAnythingElseSent() {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "Known " + marker, "q", marker, "page", "3",
                "evil", "javascript:alert(1)", "order", "asc"));
        Forms.post("/staff/cases", "/staff/cases/views", fields).then().statusCode(303);
        Response unknownStatus = Forms.post("/staff/cases", "/staff/cases/views",
                Map.of("name", "Odd " + marker, "status", "DELETED"));
        Response unknownSort = Forms.post("/staff/cases", "/staff/cases/views",
                Map.of("name", "Odd " + marker, "sort", "password"));

        Map<String, String> views = savedViews(page("/staff/cases"));
        assertThat(views.get("Known " + marker)).isEqualTo("/staff/cases?q=" + marker + "&sort=openedAt&order=asc");
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(unknownStatus.asString()).contains("This filter cannot be saved");
        assertThat(unknownSort.statusCode()).isEqualTo(400);
        assertThat(views).doesNotContainKey("Odd " + marker);
    }

    @Test
    void aFilterTooLongToKeepOrANameWithANulIsRefusedAndMarkupInANameIsShownAsText() {
        Response tooLong = Forms.post("/staff/cases", "/staff/cases/views", Map.of("name", "Long " + marker, "q", "ä".repeat(700)));
        Response nul = Forms.post("/staff/cases", "/staff/cases/views", Map.of("name", "a\u0000b"));
        save("/staff/cases?q=" + marker, "<b>" + marker + "</b>").then().statusCode(303);

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(section(tooLong.asString(), "id=\"save-view\"", "</form>")).contains("at most 2000 characters");
        assertThat(nul.statusCode()).isEqualTo(400);
        String html = page("/staff/cases");
        assertThat(html).contains("&lt;b&gt;" + marker + "&lt;/b&gt;</a>").doesNotContain("<b>" + marker);
        assertThat(savedViews(html)).doesNotContainKey("Long " + marker);
    }
}
