package org.redress.cases.casefile;

import java.util.Map;
import java.util.Set;

/**
 * A staff member as the holder of cases: the cases they own (by their email address) and those of
 * the teams they belong to (the team's mailbox address, as a case's {@code team} holds it).
 */
public record CaseHolder(String email, Set<String> teams) {

    public CaseHolder {
        teams = Set.copyOf(teams);
    }

    /**
     * The query condition on a case's {@code owner} and {@code team} with {@code prefix} before each (e.g.
     * {@code "c."}), its parameters {@code :me} and {@code :teams} set by {@link #parameters()}.
     */
    public String condition(String prefix) {
        return teams.isEmpty() ? prefix + "owner = :me" : "(" + prefix + "owner = :me or " + prefix + "team in (:teams))";
    }

    /** The parameters of {@link #condition(String)}: {@code me}, and {@code teams} when there are any. */
    public Map<String, Object> parameters() {
        return teams.isEmpty() ? Map.of("me", email) : Map.of("me", email, "teams", teams);
    }
}
