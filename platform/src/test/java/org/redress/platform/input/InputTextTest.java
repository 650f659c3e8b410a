package org.redress.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void ordinaryTextInAnyScriptWithEmojiAndBidiMarksCanBeStored() {
        assertThat(InputText.whyUnstorable("Meta trains its AI on my posts — ça, öffentlich, 数据 😀 \u202Eabc")).isEmpty();
        assertThat(InputText.whyUnstorable("")).isEmpty();
        assertThat(InputText.whyUnstorable(null)).isEmpty();
    }

    @Test
    void refusesTheNulCharacterWhichPostgresqlCannotStoreInText() {
        assertThat(InputText.whyUnstorable("before\u0000after")).hasValueSatisfying(why -> assertThat(why).contains("U+0000"));
    }

    @Test
    void refusesALoneSurrogateWhereverItStands() {
        assertThat(InputText.whyUnstorable("\ud800")).hasValueSatisfying(why -> assertThat(why).contains("lone surrogate at character 1"));
        assertThat(InputText.whyUnstorable("ab\udc00")).hasValueSatisfying(why -> assertThat(why).contains("character 3"));
        assertThat(InputText.whyUnstorable("\ud83d\ude00\ud83d")).isPresent();
        assertThat(InputText.whyUnstorable("\ud83d\ude00")).isEmpty();
    }
}
