package org.redress.complaints.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;

/** The English refusals of the rules, said again in the staff member's language. */
@QuarkusTest
class StaffRefusalsTest {

    @Test
    void aKnownRefusalIsTranslatedWithWhatItNamesAndAnUnknownOneStaysEnglish() {
        StaffMessages german = MessageBundles.get(StaffMessages.class, Localized.Literal.of("de"));
        StaffMessages english = MessageBundles.get(StaffMessages.class, Localized.Literal.of("en"));

        assertThat(StaffRefusals.say("is longer than 200 characters", german)).isEqualTo("ist länger als 200 Zeichen");
        assertThat(StaffRefusals.say("Complaint RC-2026-000123 was changed by someone else since you read it."
                + " Read it again and decide again.", german)).startsWith("Beschwerde RC-2026-000123 wurde von jemand anderem");
        assertThat(StaffRefusals.say("A campaign with the slug meta-ai already exists.", german))
                .isEqualTo("Eine Kampagne mit dem Slug meta-ai gibt es bereits.");
        assertThat(StaffRefusals.say("something nobody translated", german)).isEqualTo("something nobody translated");
        assertThat(StaffRefusals.say("The filter matches more than 5000 complaints; narrow it down to act on all of them at once.",
                english)).isEqualTo("The filter matches more than 5000 complaints; narrow it down to act on all of them at once.");
    }
}
