package org.redress.cases.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note as staff write it: Markdown, raw HTML shown as text. */
public record NoteForm(
        @NotBlank(message = "write the note") @Size(max = NoteForm.MAX, message = "at most {max} characters") String body) {

    public static final int MAX = 20_000;
}
