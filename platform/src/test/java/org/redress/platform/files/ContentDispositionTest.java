package org.redress.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void keepsAPlainAsciiNameInBothForms() {
        assertThat(ContentDisposition.attachment("evidence-2026.pdf"))
                .isEqualTo("attachment; filename=\"evidence-2026.pdf\"; filename*=UTF-8''evidence-2026.pdf");
    }

    @Test
    void percentEncodesAUnicodeNameAndGivesAnAsciiFallback() {
        assertThat(ContentDisposition.attachment("Beschwerde_Übersicht €.pdf"))
                .isEqualTo("attachment; filename=\"Beschwerde__bersicht _.pdf\"; "
                        + "filename*=UTF-8''Beschwerde_%C3%9Cbersicht%20%E2%82%AC.pdf");
    }

    @Test
    void neutralisesQuotesBackslashesAndHeaderBreaks() {
        String header = ContentDisposition.attachment("a\".pdf\r\nSet-Cookie: x=1;\\.html");

        assertThat(header).doesNotContain("\r").doesNotContain("\n");
        assertThat(header).startsWith("attachment; filename=\"a_.pdf__Set-Cookie: x=1__.html\"; filename*=UTF-8''");
        assertThat(header.substring(header.indexOf("filename*="))).doesNotContain("\"").doesNotContain(";").doesNotContain(" ");
    }

    @Test
    void namesAFileWithoutANameAttachment() {
        assertThat(ContentDisposition.attachment(" ")).isEqualTo("attachment; filename=\"attachment\"; filename*=UTF-8''attachment");
    }
}
