package org.redress.complaints.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.ws.rs.core.MultivaluedMap;

import org.redress.complaints.triage.TriageFilter;

/**
 * The triage desk's filter as typed (query string or the hidden fields of the action form), kept as
 * text so the page can show it again and carry it through links, redirects and "the whole result".
 */
public record DeskFilter(String status, String company, String category, String country, String campaign, String from,
        String to, String q, String group) {

    static final List<String> FIELDS = List.of("status", "company", "category", "country", "campaign", "from", "to", "q",
            "group");

    static DeskFilter of(MultivaluedMap<String, String> values) {
        return new DeskFilter(values.getFirst("status"), values.getFirst("company"), values.getFirst("category"),
                values.getFirst("country"), values.getFirst("campaign"), values.getFirst("from"), values.getFirst("to"),
                values.getFirst("q"), values.getFirst("group"));
    }

    /** The service's filter for one page; {@link org.redress.platform.problem.InvalidInputException} names bad fields. */
    TriageFilter parse(String page, String size) {
        return TriageFilter.parse(status == null || status.isBlank() ? null : List.of(status), company, category, country,
                campaign, from, to, q, group, page, size);
    }

    /** The filter as a query string, without empty fields: {@code status=VERIFIED&q=training}. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        asMap().forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** The same filter limited to one group of similar complaints. */
    public DeskFilter inGroup(Object key) {
        return new DeskFilter(status, company, category, country, campaign, from, to, q, key == null ? null : key.toString());
    }

    public boolean empty() {
        return asMap().isEmpty();
    }

    /** The non-empty fields, for the hidden fields of the action form. */
    public Map<String, String> asMap() {
        String[] values = { status, company, category, country, campaign, from, to, q, group };
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                map.put(FIELDS.get(i), values[i].strip());
            }
        }
        return map;
    }

    public StaffForm form() {
        return StaffForm.of(asMap());
    }
}
