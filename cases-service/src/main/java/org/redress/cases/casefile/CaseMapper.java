package org.redress.cases.casefile;

import java.util.ArrayList;
import java.util.List;

import org.redress.cases.timeline.Changes;

/** Maps cases to their API models and records what an edit changed. */
final class CaseMapper {

    private CaseMapper() {
    }

    static CaseSummary summary(CaseFile file) {
        return new CaseSummary(file.id, file.reference, file.title, file.respondent, file.status, file.owner,
                file.team, List.copyOf(file.tags), file.openedAt, file.version);
    }

    static CaseView view(CaseFile file, List<LinkedComplaint> linked) {
        return new CaseView(file.id, file.reference, file.title, file.respondent, file.subject,
                List.copyOf(file.legalGrounds), file.jurisdiction, file.authority, file.owner, file.team,
                List.copyOf(file.tags), file.publicSummary, file.status, file.escalation,
                CaseStatusMachine.next(file.status), file.openedAt, file.updatedAt, file.version,
                new CaseView.LinkedComplaints(linked.size(), linked.stream().map(c -> c.reference).toList(),
                        linked.stream().map(c -> new CaseView.Linked(c.complaintId, c.reference)).toList()));
    }

    /** Copies the form onto the case and answers what changed. */
    static Changes apply(CaseForm form, CaseFile file) {
        Changes changes = new Changes()
                .field("title", file.title, form.title().strip())
                .field("respondent", file.respondent, form.respondent().strip())
                .field("subject", file.subject, form.subject())
                .field("legalGrounds", List.copyOf(file.legalGrounds), form.legalGroundsOrEmpty())
                .field("jurisdiction", file.jurisdiction, form.jurisdiction())
                .field("authority", file.authority, form.authority())
                .field("owner", file.owner, form.owner())
                .field("team", file.team, form.team())
                .field("tags", List.copyOf(file.tags), form.tagsOrEmpty())
                .field("publicSummary", file.publicSummary, form.publicSummary());
        file.title = form.title().strip();
        file.respondent = form.respondent().strip();
        file.subject = form.subject();
        file.legalGrounds = new ArrayList<>(form.legalGroundsOrEmpty());
        file.jurisdiction = form.jurisdiction();
        file.authority = form.authority();
        file.owner = form.owner();
        file.team = form.team();
        file.tags = new ArrayList<>(form.tagsOrEmpty());
        file.publicSummary = form.publicSummary();
        return changes;
    }
}
