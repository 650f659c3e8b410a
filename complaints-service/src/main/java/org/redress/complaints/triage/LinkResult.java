package org.redress.complaints.triage;

/** How many complaints a link request changed; those already part of that case are left as they were. */
public record LinkResult(String caseReference, int linked, int alreadyLinked) {
}
