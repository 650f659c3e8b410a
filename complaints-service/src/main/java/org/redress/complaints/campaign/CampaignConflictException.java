package org.redress.complaints.campaign;

/** A campaign change that clashes with the stored state: a slug in use, or a stale version. Answered 409. */
public class CampaignConflictException extends RuntimeException {

    public CampaignConflictException(String message) {
        super(message);
    }
}
