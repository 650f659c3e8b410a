package org.redress.cases.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormalNoticeServiceTest {

    @Test
    void splitsTheDemandsIntoParagraphsAtBlankLines() {
        assertThat(FormalNoticeService.paragraphs("first\r\n\r\n  second\nstill second\n \n\n"))
                .containsExactly("first", "second\nstill second");
    }
}
