package org.redress.complaints.caselookup;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the triage desk searches cases-service (its URL and token: the REST and OIDC clients' settings). */
@ConfigMapping(prefix = "redress.case-lookup")
public interface CaseLookupConfig {

    /** The longest a page waits for the token and cases-service's answer together. */
    @WithDefault("3s")
    Duration timeout();

    /** Cases offered per search. */
    @WithDefault("10")
    int maxResults();
}
