package org.redress.cases.web;

import org.redress.cases.refusal.Refusals;

/** Reads the version a client edited, from an {@code If-Match} header or a {@code version} field. */
public final class Versions {

    private Versions() {
    }

    /**
     * The version sent: the {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}) wins
     * over the body's field.
     *
     * @throws org.redress.platform.problem.Refusal 428 when neither is sent, 400 when the header is not a version
     */
    public static long edited(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw Refusals.invalid("If-Match", "must be the version you edited, as the ETag gave it, e.g. \"3\"");
            }
        }
        if (bodyVersion == null) {
            throw Refusals.versionRequired();
        }
        return bodyVersion;
    }

    /** The ETag of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
