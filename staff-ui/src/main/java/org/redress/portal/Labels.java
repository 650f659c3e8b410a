package org.redress.portal;

import java.util.Map;

/** The word a staff page shows for a code: an enum constant or its name as text. */
public final class Labels {

    private Labels() {
    }

    /** The label of {@code code} in {@code labels}; a code without one shows as itself, null as nothing. */
    public static String of(Map<String, String> labels, Object code) {
        if (code == null) {
            return "";
        }
        String key = code instanceof Enum<?> constant ? constant.name() : code.toString();
        return labels.getOrDefault(key, key);
    }
}
