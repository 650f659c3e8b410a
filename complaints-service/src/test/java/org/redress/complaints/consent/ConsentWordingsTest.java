package org.redress.complaints.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redress.portal.Languages;

import com.fasterxml.jackson.databind.ObjectMapper;

class ConsentWordingsTest {

    private final ConsentWordings wordings = new ConsentWordings(new ObjectMapper());

    @Test
    void theCurrentVersionHasADistinctTextForEveryKindInEveryLanguage() {
        assertThat(wordings.isKnown(wordings.current())).isTrue();
        for (ConsentKind kind : ConsentKind.values()) {
            assertThat(Languages.CODES)
                    .extracting(language -> wordings.wording(wordings.current(), language, kind))
                    .doesNotContainNull()
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void anUnknownVersionIsNotKnownAndHasNoText() {
        assertThat(wordings.isKnown("1999-01")).isFalse();
        assertThatThrownBy(() -> wordings.wording("1999-01", "en", ConsentKind.PROCESSING))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
