package org.redress.complaints.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterClientTest {

    @Test
    void countsAnIpv4ClientByItsAddress() {
        assertThat(RateLimiter.client("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void countsAnIpv6ClientByItsSlash64Network() {
        assertThat(RateLimiter.client("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(RateLimiter.client("2001:db8:1:2::1"))
                .isNotEqualTo(RateLimiter.client("2001:db8:1:3::1"))
                .endsWith("/64");
    }
}
