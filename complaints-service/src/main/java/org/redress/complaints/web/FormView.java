package org.redress.complaints.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.EeaCountry;
import org.redress.complaints.consent.ConsentKind;
import org.redress.complaints.consent.ConsentWordings;
import org.redress.complaints.organisation.OrganisationService;

/** Puts together what the complaint form shows besides the typed values: the lists and the consent texts. */
@ApplicationScoped
public class FormView {

    /** One choice of a select. */
    public record Option(String value, String label) {
    }

    /** The three consent texts shown, exactly as they are recorded when given. */
    public record ConsentTexts(String processing, String collectiveAction, String updates) {
    }

    /** The lists and texts of the form in one language. */
    public record Choices(List<Option> countries, List<Option> organisations, List<Category> categories,
            ConsentTexts consents) {
    }

    private final OrganisationService organisations;
    private final ConsentWordings wordings;

    public FormView(OrganisationService organisations, ConsentWordings wordings) {
        this.organisations = organisations;
        this.wordings = wordings;
    }

    public String currentConsentVersion() {
        return wordings.current();
    }

    /** The choices in {@code language}; a campaign shows its own collective-action wording. */
    public Choices choices(String language, Campaign campaign) {
        Locale locale = Locale.forLanguageTag(language);
        Collator collator = Collator.getInstance(locale);
        // country names come from the JDK's CLDR data, in the page's language
        List<Option> countries = Arrays.stream(EeaCountry.values())
                .map(country -> new Option(country.name(), new Locale("", country.name()).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
        List<Option> companies = organisations.list().stream()
                .map(organisation -> new Option(organisation.id.toString(), organisation.name))
                .toList();
        String version = wordings.current();
        ConsentTexts consents = new ConsentTexts(
                wordings.wording(version, language, ConsentKind.PROCESSING),
                campaign != null ? campaign.collectiveActionConsent
                        : wordings.wording(version, language, ConsentKind.COLLECTIVE_ACTION),
                wordings.wording(version, language, ConsentKind.UPDATES));
        return new Choices(countries, companies, List.of(Category.values()), consents);
    }
}
