package org.redress.cases.note;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A note as the API and the case page show it: the Markdown as typed and its safe HTML. */
public record NoteView(UUID id, String caseReference, String author, OffsetDateTime writtenAt, String body,
        String html) {

    static NoteView of(Note note, String caseReference) {
        return new NoteView(note.id, caseReference, note.author, note.writtenAt, note.body, NoteMarkdown.toHtml(note.body));
    }
}
