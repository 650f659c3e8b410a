package org.redress.notifications.delivery;

/**
 * The HTML part of an email as it goes over the wire: every character outside US-ASCII written as
 * a numeric character reference ({@code ü} as {@code &#252;}), which a mail reader shows as the
 * character itself. An all-ASCII part with lines under 998 characters is sent by the mail client as
 * it is ("7bit"), line for line, instead of quoted-printable: no encoding pass, and far fewer lines,
 * each of which the Vert.x mail client writes to the socket on its own. References are not decoded
 * inside {@code <style>} and {@code <script>} elements; the email templates have neither (their
 * styles are inline attributes, where references are decoded).
 */
final class AsciiHtml {

    private AsciiHtml() {
    }

    static String of(String html) {
        if (html == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < html.length();) {
            int codePoint = html.codePointAt(i);
            if (codePoint >= 128 && out == null) {
                out = new StringBuilder(html.length() + 64).append(html, 0, i);
            }
            if (out != null) {
                if (codePoint < 128) {
                    out.append((char) codePoint);
                } else {
                    out.append("&#").append(codePoint).append(';');
                }
            }
            i += Character.charCount(codePoint);
        }
        return out == null ? html : out.toString();
    }
}
