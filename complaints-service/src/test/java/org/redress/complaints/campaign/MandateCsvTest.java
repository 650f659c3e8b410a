package org.redress.complaints.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MandateCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void defusesFieldsThatStartLikeAFormula(String typedIn) {
        assertThat(MandateCsv.field(typedIn)).startsWith("\"'").contains(typedIn.replace("\"", "\"\""));
    }

    @Test
    void quotesEveryFieldAndDoublesQuotesInside() {
        assertThat(MandateCsv.field("Anna \"Nina\" Weber, Jr.")).isEqualTo("\"Anna \"\"Nina\"\" Weber, Jr.\"");
        assertThat(MandateCsv.field("Jean-Luc")).isEqualTo("\"Jean-Luc\"");
    }

    @Test
    void writesAHeaderAndOneLinePerMandate() {
        String csv = MandateCsv.write(List.of(new Mandate("RC-2026-000001", "=cmd|' /C calc'!A0", "a@example.org", "AT",
                OffsetDateTime.parse("2026-05-27T10:15:30Z"), "2026-11", "de")));

        assertThat(csv).isEqualTo("reference,name,email,country,given_at,wording_version,language\r\n"
                + "\"RC-2026-000001\",\"'=cmd|' /C calc'!A0\",\"a@example.org\",\"AT\",\"2026-05-27T10:15:30Z\",\"2026-11\",\"de\"\r\n");
    }
}
