package org.redress.cases.pages;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.redress.cases.casefile.CaseHolder;

/**
 * Whose cases a staff page lists: by default the signed-in staff member's own and their teams' (the
 * login's {@value #TEAMS} claim: the Keycloak groups they belong to, each named by its team's mailbox
 * address), "all" one click away ({@code ?scope=all}). Without an email address in the login there is
 * nothing to call "mine", and every case is listed.
 */
public record StaffScope(CaseHolder holder, boolean all) {

    /** The value of {@code ?scope=} that lists every case. */
    public static final String ALL = "all";
    /** The login's claim of the staff member's teams (Keycloak's group membership mapper of cases-service). */
    public static final String TEAMS = "teams";

    static StaffScope of(String scope, JsonWebToken login) {
        return of(scope, login.getClaim("email"), teamsOf(login.getClaim(TEAMS)));
    }

    static StaffScope of(String scope, String email, Set<String> teams) {
        boolean blank = email == null || email.isBlank();
        return new StaffScope(blank ? null : new CaseHolder(email, teams), ALL.equals(scope) || blank);
    }

    /** The team names of a claim: a JSON array or a collection of strings (absent: none). */
    static Set<String> teamsOf(Object claim) {
        Set<String> teams = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                String team = String.valueOf(value).strip();
                if (team.length() > 1 && team.startsWith("\"") && team.endsWith("\"")) {
                    team = team.substring(1, team.length() - 1); // a JSON string value
                }
                if (!team.isBlank()) {
                    teams.add(team);
                }
            }
        }
        return teams;
    }

    public boolean mine() {
        return !all;
    }

    /** The cases' holder when the scope is the staff member's own, else null: every case. */
    public CaseHolder mineOf() {
        return all ? null : holder;
    }

    /** The query parameter that keeps this scope in a link: empty for the default. */
    public String parameter() {
        return all ? "scope=" + ALL : "";
    }
}
