package org.redress.cases.casefile;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A case as staff create or edit it (an edit replaces every field). {@code version} is the version
 * an edit is based on, unless sent as {@code If-Match}; a creation leaves it out. {@code complaints}
 * are the references of complaints to link to a new case (complaints-service links them when it hears
 * of the opening); an edit does not take them: more complaints are linked on the triage desk.
 */
public record CaseForm(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 300) String respondent,
        @Size(max = 2000) String subject,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> legalGrounds,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as AT") String jurisdiction,
        @Size(max = 300) String authority,
        @Email @Size(max = 254) String owner,
        @Email @Size(max = 254) String team,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 5000) String publicSummary,
        @Size(max = ComplaintReferences.MAX, message = "at most " + ComplaintReferences.MAX
                + " at once; link more on the triage desk") List<String> complaints,
        Long version) {

    public List<String> legalGroundsOrEmpty() {
        return legalGrounds == null ? List.of() : legalGrounds.stream().map(String::strip).toList();
    }

    public List<String> complaintsOrEmpty() {
        return complaints == null ? List.of() : complaints.stream().map(String::valueOf).distinct().toList();
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
    }
}
