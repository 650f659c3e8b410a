package org.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class ResponseHeadersTest {

    private static final String SHARED = "default-src 'self'";
    private static final String PUBLIC = "default-src 'none'";

    private final ResponseHeaders headers = new ResponseHeaders(SHARED, Optional.of(PUBLIC));

    private static MultiMap html() {
        return MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/html");
    }

    @Test
    void aPublicPageGetsThePublicPolicyItsCharsetAndVariesByLanguageAndLogin() {
        MultiMap page = html();

        headers.complete(page, "/status/abc");

        assertThat(page.getAll("Content-Security-Policy")).containsExactly(PUBLIC);
        assertThat(page.get("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.getAll("Vary")).containsExactly("Accept-Language, Cookie");
        assertThat(page.get("Cache-Control")).as("a public page may be cached").isNull();
    }

    @Test
    void aStaffPageGetsTheSharedPolicyAndIsNotCached() {
        MultiMap page = html();

        headers.complete(page, "/staff/cases");

        assertThat(page.getAll("Content-Security-Policy")).containsExactly(SHARED);
        assertThat(page.get("Cache-Control")).isEqualTo("no-store");
        assertThat(page.get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.get("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void whatTheApplicationSetItselfWinsAndIsSentOnce() {
        MultiMap page = html().add("Referrer-Policy", "no-referrer").add("Referrer-Policy", "same-origin")
                .add("X-Content-Type-Options", "nosniff").add("Content-Security-Policy", "sandbox")
                .add("Cache-Control", "max-age=60");

        headers.complete(page, "/api/staff/complaints/1/attachments/2");

        assertThat(page.getAll("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(page.getAll("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(page.getAll("Content-Security-Policy")).containsExactly("sandbox");
        assertThat(page.getAll("Cache-Control")).containsExactly("max-age=60");
    }

    @Test
    void varyKeepsWhatWasThereWithoutRepeatingIt() {
        MultiMap page = html().set("Content-Type", "text/html; charset=UTF-8").add("Vary", "Accept-Encoding, Cookie");

        headers.complete(page, "/");

        assertThat(page.getAll("Vary")).containsExactly("Accept-Encoding, Cookie, Accept-Language");
        assertThat(page.get("Content-Type")).isEqualTo("text/html; charset=UTF-8");
    }

    @Test
    void anythingElseGetsTheSharedPolicyAndNoVary() {
        MultiMap json = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json");

        headers.complete(json, "/api/organisations");

        assertThat(json.getAll("Content-Security-Policy")).containsExactly(SHARED);
        assertThat(json.get("Vary")).isNull();
        assertThat(json.get("Permissions-Policy")).contains("camera=()");
    }

    @Test
    void withoutAPublicPolicyEveryPageGetsTheSharedOne() {
        MultiMap page = html();

        new ResponseHeaders(SHARED, Optional.empty()).complete(page, "/logged-out");

        assertThat(page.getAll("Content-Security-Policy")).containsExactly(SHARED);
    }
}
