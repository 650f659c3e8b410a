package org.redress.cases.pages;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One entry of a case's activity feed: when, a sentence ("bob moved the case from Open to Formal
 * notice sent"), and the fields it touched, each with its value before and after as people read
 * them (empty where the sentence says it all).
 */
public record Activity(OffsetDateTime at, String when, String sentence, List<Detail> details) {

    /** The moment for a {@code <time datetime>}: to the second, UTC. */
    public String datetime() {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** One field: its name, and its value before (empty when it was set) and after (empty when cleared). */
    public record Detail(String field, String from, String to) {

        public boolean set() {
            return from.isEmpty();
        }

        public boolean cleared() {
            return to.isEmpty();
        }
    }
}
