package org.redress.complaints.staff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.redress.complaints.triage.BulkDecisionService;
import org.redress.complaints.triage.LinkResult;

/**
 * What an action did, carried through the redirect after it (Post/Redirect/Get) as a short code
 * ({@code SPAM:12:0}, {@code LINKED:CASE-2026-0042:12:0}) and shown as a fixed sentence: the page
 * never shows text taken from the address.
 */
final class Notices {

    private static final Pattern DECIDED = Pattern.compile("(UNDER_REVIEW|DUPLICATE|SPAM|CLOSED):(\\d{1,6}):(\\d{1,6})");
    private static final Pattern LINKED = Pattern.compile("LINKED:(CASE-\\d{4}-\\d{4,9}):(\\d{1,6}):(\\d{1,6})");

    private Notices() {
    }

    static String decided(BulkDecisionService.Outcome outcome) {
        return outcome.status() + ":" + outcome.changed() + ":" + outcome.unchanged();
    }

    static String linked(LinkResult result) {
        return "LINKED:" + result.caseReference() + ":" + result.linked() + ":" + result.alreadyLinked();
    }

    /**
     * The sentence for the {@code done} parameter in the staff member's language, or null when there is
     * none or it is not one of ours.
     */
    static String of(MultivaluedMap<String, String> query, StaffMessages messages) {
        String done = query.getFirst("done");
        if (done == null) {
            return null;
        }
        Matcher decided = DECIDED.matcher(done);
        if (decided.matches()) {
            int unchanged = Integer.parseInt(decided.group(3));
            return messages.notice_decided(Integer.parseInt(decided.group(2)), decided.group(1))
                    + (unchanged == 0 ? "" : messages.notice_already_decided(unchanged)) + ".";
        }
        Matcher linked = LINKED.matcher(done);
        if (linked.matches()) {
            int unchanged = Integer.parseInt(linked.group(3));
            return messages.notice_linked(Integer.parseInt(linked.group(2)), linked.group(1))
                    + (unchanged == 0 ? "" : messages.notice_already_linked(unchanged)) + ".";
        }
        return null;
    }
}
