package org.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalTest {

    @Test
    void theLanguageSwitchKeepsThePagesOtherParameters() {
        assertThat(Portal.withLanguage("scope=all&page=2", "de")).isEqualTo("scope=all&page=2&lang=de");
    }

    @Test
    void theLanguageSwitchReplacesALanguageAlreadyAsked() {
        assertThat(Portal.withLanguage("lang=fr&scope=all", "en")).isEqualTo("scope=all&lang=en");
        assertThat(Portal.withLanguage(null, "fr")).isEqualTo("lang=fr");
        assertThat(Portal.withLanguage("", "fr")).isEqualTo("lang=fr");
    }
}
