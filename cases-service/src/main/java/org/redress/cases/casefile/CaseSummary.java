package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.resteasy.reactive.jackson.SecureField;

/**
 * A case as the case list shows it. Only staff read who holds the case ({@code owner}, {@code team}:
 * staff email addresses) and its tags (free text); other services' accounts that may search cases
 * (role {@code case-lookup}) get the rest, which names no person.
 */
public record CaseSummary(UUID id, String reference, String title, String respondent, CaseStatus status,
        @SecureField(rolesAllowed = "staff") String owner,
        @SecureField(rolesAllowed = "staff") String team,
        @SecureField(rolesAllowed = "staff") List<String> tags,
        OffsetDateTime openedAt, long version) {
}
