package org.redress.portal;

import java.util.ArrayList;
import java.util.List;

/** The portal's sections and the page each one opens, in the order of the navigation. */
final class Navigation {

    private Navigation() {
    }

    static List<NavItem> items(PortalConfig config, String currentUrl, PortalMessages text) {
        String[][] sections = {
                { text.nav_triage(), config.complaintsUrl() + "/staff/triage" },
                { text.nav_cases(), config.casesUrl() + "/staff/cases" },
                { text.nav_deadlines(), config.casesUrl() + "/staff" },
                { text.nav_calendar(), config.casesUrl() + "/staff/calendar" },
                { text.nav_notifications(), config.notificationsUrl() + "/staff/deliveries" },
        };
        String current = longestPrefix(sections, pathOf(currentUrl));
        List<NavItem> items = new ArrayList<>();
        for (String[] section : sections) {
            items.add(new NavItem(section[0], section[1], section[1].equals(current)));
        }
        return items;
    }

    /** The section whose page is the longest prefix of the current URL: /staff/cases/X is under Cases, not Deadlines. */
    private static String longestPrefix(String[][] sections, String url) {
        String best = null;
        for (String[] section : sections) {
            String href = section[1];
            boolean under = url.equals(href) || url.startsWith(href + "/");
            if (under && (best == null || href.length() > best.length())) {
                best = href;
            }
        }
        return best;
    }

    private static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
