package org.redress.cases.pages;

import java.util.List;
import java.util.Map;

import org.redress.platform.files.FilePolicy;
import org.redress.platform.files.Upload;
import org.redress.platform.problem.Problem;
import org.redress.platform.problem.Refusal;

/**
 * The upload form of a step's documents, refused: each refused file named beside the form with its
 * reason in the staff member's language ("scan.pdf: its content is text/html, not a PDF, …"), or
 * the refusal of the whole upload (too many files, none chosen, a closed case).
 */
final class StepDocumentForms {

    /** How much of a refused file's name the message repeats. */
    private static final int SHOWN_NAME = 80;

    private StepDocumentForms() {
    }

    /** Puts the refusal on {@code state} (field {@code documents}) and returns the status to answer with. */
    static int refused(Refusal refusal, List<Upload> uploads, FormState state, StaffMessages text) {
        if (refusal.fieldErrors().isEmpty()) {
            return state.refused(refusal, Map.of(), text);
        }
        for (Problem.FieldError error : refusal.fieldErrors()) {
            String reason = StaffRefusals.say(error.detail(), text);
            int index = index(error.field());
            state.invalid("documents", index >= 0 && index < uploads.size()
                    ? text.document_refused(shown(uploads.get(index).fileName()), reason) : reason);
        }
        return refusal.status();
    }

    /** {@code documents[2]} → 2; -1 for the field as a whole. */
    private static int index(String field) {
        if (field == null || !field.endsWith("]") || field.indexOf('[') < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String shown(String name) {
        String clean = FilePolicy.cleanName(name == null ? "" : name);
        return clean.length() <= SHOWN_NAME ? clean : clean.substring(0, SHOWN_NAME) + "…";
    }
}
