package org.redress.notifications.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

/** The delivery log's filters as typed (kept as typed, so the form shows them back), and its page. */
public class LogQuery {

    @QueryParam("status")
    public String status;

    @QueryParam("kind")
    public String kind;

    @QueryParam("reference")
    public String reference;

    @QueryParam("recipient")
    public String recipient;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("page")
    public Integer page;

    @QueryParam("retried")
    public String retried;

    /** The log with these filters on page {@code number}: the pager's and the Retry form's way back. */
    public String link(int number) {
        StringBuilder link = new StringBuilder("/staff/deliveries");
        char separator = '?';
        for (Map.Entry<String, String> param : filters().entrySet()) {
            link.append(separator).append(param.getKey()).append('=')
                    .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (number > 0) {
            link.append(separator).append("page=").append(number);
        }
        return link.toString();
    }

    /**
     * For the access log: the names of the filters given (not their values, which may be an address),
     * as {@code ", filters: status, recipient"}, or nothing.
     */
    public String filtersUsed() {
        Map<String, String> given = filters();
        return given.isEmpty() ? "" : ", filters: " + String.join(", ", given.keySet());
    }

    /** The filters given, by name, in a fixed order. */
    private Map<String, String> filters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("kind", kind);
        params.put("reference", reference);
        params.put("recipient", recipient);
        params.put("from", from);
        params.put("to", to);
        params.values().removeIf(value -> value == null || value.isBlank());
        return params;
    }

    /** This page of the log. */
    public String current() {
        return link(number());
    }

    public String newer() {
        return link(Math.max(0, number() - 1));
    }

    public String older() {
        return link(number() + 1);
    }

    int number() {
        return page == null || page < 0 ? 0 : page;
    }
}
