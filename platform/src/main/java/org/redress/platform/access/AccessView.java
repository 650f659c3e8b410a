package org.redress.platform.access;

import java.time.OffsetDateTime;

/** One entry of the access log as a staff API shows it. */
public record AccessView(String actor, String action, String detail, OffsetDateTime at) {
}
