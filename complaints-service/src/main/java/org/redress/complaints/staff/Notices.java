package org.redress.complaints.staff;

import java.util.Locale;
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

    /** The sentence for the {@code done} parameter, or null when there is none or it is not one of ours. */
    static String of(MultivaluedMap<String, String> query) {
        String done = query.getFirst("done");
        if (done == null) {
            return null;
        }
        Matcher decided = DECIDED.matcher(done);
        if (decided.matches()) {
            return complaints(decided.group(2)) + " marked " + decided.group(1).replace('_', ' ').toLowerCase(Locale.ROOT)
                    + unchanged(decided.group(3), "were already");
        }
        Matcher linked = LINKED.matcher(done);
        if (linked.matches()) {
            return complaints(linked.group(2)) + " linked to " + linked.group(1)
                    + unchanged(linked.group(3), "were already part of it");
        }
        return null;
    }

    private static String complaints(String count) {
        return count + ("1".equals(count) ? " complaint" : " complaints");
    }

    private static String unchanged(String count, String why) {
        return "0".equals(count) ? "." : "; " + count + " " + why + ".";
    }
}
