package org.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language a staff page asks the Keycloak login for (ui_locales): the one the page itself would speak. */
class StaffLanguageTest {

    @Test
    void theLoginSpeaksTheLanguageSwitchedToOnTheStaffPagesBeforeTheBrowsers() {
        assertThat(StaffLanguage.beforeLogin("de", null, "fr-FR,fr")).isEqualTo("de");
        assertThat(StaffLanguage.beforeLogin(null, "fr", "de-DE,de")).as("remembered in staff-lang").isEqualTo("fr");
        assertThat(StaffLanguage.beforeLogin("fr", "de", null)).as("the switch just used wins over the remembered one")
                .isEqualTo("fr");
    }

    @Test
    void withoutAChoiceOnTheStaffPagesTheBrowsersLanguageElseEnglish() {
        assertThat(StaffLanguage.beforeLogin(null, null, "de-AT,de;q=0.9")).isEqualTo("de");
        assertThat(StaffLanguage.beforeLogin(null, null, "pl-PL")).isEqualTo("en");
        assertThat(StaffLanguage.beforeLogin(null, null, null)).isEqualTo("en");
    }

    @Test
    void aLanguageRedressDoesNotSpeakIsNoChoice() {
        assertThat(StaffLanguage.beforeLogin("es", "x<script>", "fr")).isEqualTo("fr");
        assertThat(StaffLanguage.beforeLogin("", "", "")).isEqualTo("en");
    }
}
