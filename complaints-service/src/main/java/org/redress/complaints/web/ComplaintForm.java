package org.redress.complaints.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.redress.complaints.attachment.AttachmentPolicy;
import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.ComplaintSubmission;
import org.redress.platform.input.InputDates;

/**
 * The complaint form as posted (multipart), every field as typed so that a form with mistakes comes
 * back exactly as it was sent (files excepted: browsers never re-send them). The files come from
 * one input that takes several, at most {@value #MAX_FILES}. Also what the form
 * template shows, blank or pre-filled.
 */
public class ComplaintForm {

    /** The value of the company select that means "typed in below". */
    public static final String OTHER_ORGANISATION = "other";
    public static final int MAX_FILES = AttachmentPolicy.MAX_FILES;

    @RestForm public String name;
    @RestForm public String email;
    @RestForm public String country;
    /** An organisation's id, {@link #OTHER_ORGANISATION}, or empty. */
    @RestForm public String organisation;
    @RestForm public String company;
    @RestForm public String service;
    @RestForm public String category;
    @RestForm public String text;
    @RestForm public String startedOn;
    /** {@code yes} or {@code no}. */
    @RestForm public String contacted;
    @RestForm public String contactedOn;
    @RestForm public boolean consentToProcessing;
    @RestForm public boolean consentToCollectiveAction;
    @RestForm public boolean consentToUpdates;
    @RestForm public String consentVersion;
    @RestForm public String language;
    /** The campaign's slug when sent from its landing page. */
    @RestForm public String campaign;
    /** Made when the form is shown; a second POST with the same key is a double click. */
    @RestForm public String submissionKey;
    /** The honeypot: hidden from people, filled in by bots. */
    @RestForm public String website;

    /** The files of the one file input ({@code multiple}), in the order the browser sends them. */
    @RestForm("attachments") public List<FileUpload> attachments;

    /** A blank form, as shown first. */
    public static ComplaintForm blank(String language, String consentVersion) {
        ComplaintForm form = new ComplaintForm();
        form.language = language;
        form.consentVersion = consentVersion;
        form.contacted = "no";
        form.submissionKey = UUID.randomUUID().toString();
        return form;
    }

    public boolean contactedBefore() {
        return "yes".equals(contacted);
    }

    /** Whether a bot filled in the field that people never see. */
    public boolean isFromBot() {
        return website != null && !website.isEmpty();
    }

    /**
     * The submission the same rules as the API's apply to. A value that cannot even be parsed (a
     * date, a list choice) becomes null here and is reported by {@link #parseErrors()}.
     */
    public ComplaintSubmission toSubmission(String campaignSlug) {
        UUID organisationId = uuid(organisation);
        String typedCompany = OTHER_ORGANISATION.equals(organisation) ? blankToNull(company) : null;
        return new ComplaintSubmission(blankToNull(name), blankToNull(email), blankToNull(country), organisationId,
                typedCompany, blankToNull(service), category(category), blankToNull(text), date(startedOn),
                contactedBefore(), contactedBefore() ? date(contactedOn) : null, consentToProcessing,
                consentToCollectiveAction, consentToUpdates, blankToNull(consentVersion), blankToNull(language),
                campaignSlug);
    }

    /** Fields whose value is not even of the right kind, by form field: {@code date} or {@code choose}. */
    public List<FormErrors.Raw> parseErrors() {
        List<FormErrors.Raw> errors = new ArrayList<>();
        if (!isBlank(startedOn) && date(startedOn) == null) {
            errors.add(new FormErrors.Raw("startedOn", FormErrors.Kind.DATE));
        }
        if (contactedBefore() && !isBlank(contactedOn) && date(contactedOn) == null) {
            errors.add(new FormErrors.Raw("contactedOn", FormErrors.Kind.DATE));
        }
        if (!isBlank(category) && category(category) == null) {
            errors.add(new FormErrors.Raw("category", FormErrors.Kind.CHOOSE));
        }
        if (!isBlank(organisation) && !OTHER_ORGANISATION.equals(organisation) && uuid(organisation) == null) {
            errors.add(new FormErrors.Raw("organisation", FormErrors.Kind.CHOOSE));
        }
        return errors;
    }

    /**
     * The files actually chosen, numbered from 1 in the order sent (a browser sends one empty part
     * when none is chosen).
     */
    public List<ChosenFile> files() {
        List<ChosenFile> files = new ArrayList<>();
        if (attachments != null) {
            for (FileUpload file : attachments) {
                if (file != null && file.fileName() != null && !file.fileName().isBlank() && file.size() > 0) {
                    files.add(new ChosenFile(files.size() + 1, file));
                }
            }
        }
        return files;
    }

    /** A chosen file and its number among the chosen ones. */
    public record ChosenFile(int number, FileUpload upload) {

        /** The name as the complainant knows it: the last segment of what the browser sent. */
        public String name() {
            String sent = upload.fileName();
            return sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        }
    }

    private static LocalDate date(String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return InputDates.parseDate(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Category category(String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Category.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        if (isBlank(value) || OTHER_ORGANISATION.equals(value)) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
