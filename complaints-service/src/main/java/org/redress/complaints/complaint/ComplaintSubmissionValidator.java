package org.redress.complaints.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.consent.ConsentWordings;
import org.redress.complaints.organisation.OrganisationService;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Checks {@link ConsistentComplaint}, naming the field to correct in each violation. Fields that are
 * missing are left to their own {@code @NotBlank}/{@code @NotNull}, so each mistake is reported once.
 */
@ApplicationScoped
public class ComplaintSubmissionValidator implements ConstraintValidator<ConsistentComplaint, ComplaintSubmission> {

    private final OrganisationService organisations;
    private final ConsentWordings wordings;

    public ComplaintSubmissionValidator(OrganisationService organisations, ConsentWordings wordings) {
        this.organisations = organisations;
        this.wordings = wordings;
    }

    @Override
    public boolean isValid(ComplaintSubmission complaint, ConstraintValidatorContext context) {
        if (complaint == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (!isBlank(complaint.country()) && EeaCountry.fromCode(complaint.country()).isEmpty()) {
            valid = violation(context, "country", "must be the ISO 3166-1 alpha-2 code of an EU or EEA country, e.g. AT");
        }
        boolean typedIn = !isBlank(complaint.company());
        if (complaint.organisationId() == null && !typedIn) {
            violation(context, "organisationId", "choose the company from the list, or type its name in company");
            valid = violation(context, "company", "type the company's name, or choose it from the list in organisationId");
        } else if (complaint.organisationId() != null && typedIn) {
            valid = violation(context, "company", "must be empty when the company is chosen from the list");
        } else if (complaint.organisationId() != null && !organisations.exists(complaint.organisationId())) {
            valid = violation(context, "organisationId", "is not a company in our list");
        }
        if (complaint.contacted() && complaint.contactedOn() == null) {
            valid = violation(context, "contactedOn", "is required when you already contacted the company");
        }
        String version = complaint.consentVersion();
        if (!isBlank(version) && version.length() <= ComplaintSubmission.MAX_CONSENT_VERSION && !wordings.isKnown(version)) {
            valid = violation(context, "consentVersion", "is not a version of the consent wording we publish");
        }
        if (!isBlank(complaint.campaign()) && !openCampaign(complaint.campaign())) {
            valid = violation(context, "campaign", "is not a campaign open for sign-ups");
        }
        return valid;
    }

    /**
     * Asked in a transaction of its own: validation runs before the request's transaction, and a
     * query outside any would keep its connection until the request ends.
     */
    private static boolean openCampaign(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Campaign.findBySlug(slug).filter(c -> c.open).isPresent());
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
