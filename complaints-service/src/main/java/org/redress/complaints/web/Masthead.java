package org.redress.complaints.web;

import org.redress.complaints.ComplaintsConfig;

/**
 * The organisation behind the public pages, as every one of them shows it: name and logo in the
 * header, imprint and privacy notice in the footer (ComplaintsConfig's {@code organisation}).
 */
public record Masthead(String name, String logo, String imprintUrl, String imprint, String privacyNoticeUrl) {

    static Masthead of(ComplaintsConfig.Organisation organisation) {
        String logo = organisation.logoFile().isPresent() ? OrganisationLogo.PATH : organisation.logo();
        return new Masthead(organisation.name(), logo, organisation.imprintUrl(),
                organisation.imprint().filter(text -> !text.isBlank()).orElse(null), organisation.privacyNoticeUrl());
    }
}
