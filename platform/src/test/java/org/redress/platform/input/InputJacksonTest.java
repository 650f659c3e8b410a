package org.redress.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.platform.problem.UnstorableInputException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class InputJacksonTest {

    record Step(String title, LocalDate occurredOn, Instant at) {
    }

    record Body(String text, List<String> tags, Map<String, String> labels, List<Step> steps) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(InputJackson.module());

    @Test
    void anOrdinaryBodyReadsAsWithoutTheModule() throws Exception {
        Body body = mapper.readValue("""
                {"text":"ça 😀","tags":["a"],"labels":{"k":"v"},
                 "steps":[{"title":"Notice","occurredOn":"2026-05-27","at":"2026-05-27T10:00:00Z"}]}""", Body.class);

        assertThat(body.text()).isEqualTo("ça 😀");
        assertThat(body.steps().get(0).occurredOn()).isEqualTo(LocalDate.of(2026, 5, 27));
    }

    @Test
    void aNulInAFieldIsRefusedAtThatField() {
        assertThat(refusal("{\"text\":\"a\\u0000b\"}")).isEqualTo("#/text contains the character U+0000 (NUL), which cannot be stored");
    }

    @Test
    void aLoneSurrogateInsideAListOrAMapOrANestedRecordIsRefusedAtItsPath() {
        assertThat(refusal("{\"tags\":[\"ok\",\"\\ud800\"]}")).startsWith("#/tags/1 is not valid Unicode");
        assertThat(refusal("{\"labels\":{\"k\":\"\\udfff\"}}")).startsWith("#/labels/k is not valid Unicode");
        assertThat(refusal("{\"steps\":[{\"title\":\"\\ud800x\"}]}")).startsWith("#/steps/0/title is not valid Unicode");
    }

    @Test
    void aDateOrInstantOutsideTheRangeIsRefusedAtItsField() {
        assertThat(refusal("{\"steps\":[{\"occurredOn\":\"9999-12-31\"}]}"))
                .isEqualTo("#/steps/0/occurredOn must be between 1900-01-01 and 2999-12-31");
        assertThat(refusal("{\"steps\":[{\"at\":\"+999999999-01-01T00:00:00Z\"}]}")).startsWith("#/steps/0/at must be between");
    }

    private String refusal(String json) {
        UnstorableInputException e = catchThrowableOfType(UnstorableInputException.class, () -> mapper.readValue(json, Body.class));
        StringBuilder pointer = new StringBuilder("#");
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return pointer + " " + e.detail();
    }
}
