package org.redress.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The public style sheet keeps text readable: WCAG 2.2 AA contrast (4.5:1) on its action styles. */
class SiteCssTest {

    private static final double AA = 4.5;

    @Test
    void destructiveAndPrimaryActionsHaveTextOfAtLeastAaContrast() {
        String css = siteCss();
        assertThat(contrast(colour(css, "button", "color"), colour(css, "button", "background"))).isGreaterThanOrEqualTo(AA);
        assertThat(contrast(colour(css, "button.danger", "color"), colour(css, "button.danger", "background")))
                .isGreaterThanOrEqualTo(AA);
        assertThat(contrast(colour(css, "button.danger-outline", "color"), colour(css, "button.danger-outline", "background")))
                .isGreaterThanOrEqualTo(AA);
        assertThat(contrast(colour(css, "button.danger-outline", "color"), colour(css, "button.danger-outline:hover", "background")))
                .isGreaterThanOrEqualTo(AA);
        assertThat(contrast(colour(css, "a.danger, a.danger:visited", "color"), "#ffffff")).isGreaterThanOrEqualTo(AA);
        assertThat(contrast(colour(css, "a.button-secondary, a.button-secondary:visited", "color"),
                colour(css, "a.button-secondary:hover", "background"))).isGreaterThanOrEqualTo(AA);
    }

    @Test
    void destructiveActionsAreRedAndThePrimaryActionIsNot() {
        String css = siteCss();
        String red = colour(css, "button.danger", "background");
        assertThat(colour(css, "button.danger-outline", "color")).isEqualTo(red);
        assertThat(colour(css, "a.danger, a.danger:visited", "color")).isEqualTo(red);
        assertThat(colour(css, "button", "background")).isNotEqualTo(red);
    }

    /** The colour a rule with exactly {@code selector} gives {@code property}. */
    private static String colour(String css, String selector, String property) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + " \\{([^}]*)}").matcher(css);
        assertThat(rule.find()).as("rule %s", selector).isTrue();
        Matcher value = Pattern.compile("(?:^|;)\\s*" + property + ":\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b")
                .matcher(rule.group(1));
        assertThat(value.find()).as("%s of %s", property, selector).isTrue();
        String hex = value.group(1).toLowerCase();
        return "#" + (hex.length() == 6 ? hex : hex.replaceAll("(.)", "$1$1"));
    }

    static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double channel = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static String siteCss() {
        try (InputStream in = SiteCssTest.class.getResourceAsStream("/META-INF/resources/css/site.css")) {
            assertThat(in).as("site.css").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
