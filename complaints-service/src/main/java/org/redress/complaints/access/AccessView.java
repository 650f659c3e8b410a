package org.redress.complaints.access;

import java.time.OffsetDateTime;

/** One entry of the access log as the staff API shows it. */
public record AccessView(String actor, String action, String detail, OffsetDateTime at) {
}
