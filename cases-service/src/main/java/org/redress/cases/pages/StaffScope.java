package org.redress.cases.pages;

/**
 * Whose cases a staff page lists: by default the signed-in staff member's own and their team's (the
 * teams of the cases they own), "all" one click away ({@code ?scope=all}). Without an email address
 * in the login there is nothing to call "mine", and every case is listed.
 */
public record StaffScope(String me, boolean all) {

    /** The value of {@code ?scope=} that lists every case. */
    public static final String ALL = "all";

    static StaffScope of(String scope, String email) {
        boolean blank = email == null || email.isBlank();
        return new StaffScope(blank ? null : email, ALL.equals(scope) || blank);
    }

    public boolean mine() {
        return !all;
    }

    /** The query parameter that keeps this scope in a link: empty for the default. */
    public String parameter() {
        return all ? "scope=" + ALL : "";
    }
}
