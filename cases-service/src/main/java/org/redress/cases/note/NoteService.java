package org.redress.cases.note;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.cases.casefile.CaseFile;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.timeline.Changes;
import org.redress.cases.timeline.Timeline;
import org.redress.cases.refusal.Refusals;

/**
 * Staff notes on a case: added with their timeline entry in one transaction, listed newest first. A
 * closed case takes no more notes, as it takes no other change.
 */
@ApplicationScoped
@Transactional
public class NoteService {

    static final String SUBJECT = "NOTE";
    static final String ADDED = "note.added";
    /** How much of a note its timeline entry shows; the note itself keeps every character. */
    static final int EXCERPT = 200;

    private final CaseService cases;
    private final Timeline timeline;

    public NoteService(CaseService cases, Timeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoteView> list(String reference) {
        CaseFile file = cases.find(reference);
        return Note.<Note>list("caseId = ?1 order by writtenAt desc, id", file.id).stream()
                .map(note -> NoteView.of(note, file.reference)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoteView get(String reference, UUID id) {
        CaseFile file = cases.find(reference);
        return Note.<Note>find("id = ?1 and caseId = ?2", id, file.id).firstResultOptional()
                .map(note -> NoteView.of(note, file.reference))
                .orElseThrow(() -> Refusals.notFound("Case " + file.reference + " has no note " + id + "."));
    }

    /** Adds a note (validated by the caller: {@link NoteForm}'s constraints). */
    public NoteView add(String reference, NoteForm form, String author) {
        CaseFile file = cases.changeable(reference);
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.caseId = file.id;
        note.body = form.body();
        note.author = author;
        note.writtenAt = OffsetDateTime.now(ZoneOffset.UTC);
        note.persist();
        timeline.record(file.id, author, SUBJECT, note.id, ADDED, new Changes().set("excerpt", excerpt(note.body)));
        return NoteView.of(note, file.reference);
    }

    static String excerpt(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
    }
}
