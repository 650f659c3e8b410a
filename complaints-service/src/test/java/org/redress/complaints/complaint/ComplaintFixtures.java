package org.redress.complaints.complaint;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** Complaints for tests: a valid submission to change, and a way to submit it and read it back. */
public final class ComplaintFixtures {

    private ComplaintFixtures() {
    }

    /** A valid complaint with the company typed in; tests change a copy of it. */
    public static Map<String, Object> validComplaint() {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("name", "Jane Doe");
        complaint.put("email", "jane.doe@example.org");
        complaint.put("country", "AT");
        complaint.put("company", "Meta Platforms Ireland Ltd");
        complaint.put("service", "Instagram");
        complaint.put("category", "AI_TRAINING");
        complaint.put("text", "Meta trains its AI on everything I posted since 2004 without asking me.");
        complaint.put("startedOn", "2025-05-27");
        complaint.put("contacted", true);
        complaint.put("contactedOn", "2025-05-20");
        complaint.put("consentToProcessing", true);
        complaint.put("consentToCollectiveAction", false);
        complaint.put("consentToUpdates", false);
        complaint.put("consentVersion", "2026-11");
        complaint.put("language", "en");
        return complaint;
    }

    /** {@link #validComplaint()} with some fields changed; a null value sends JSON null. */
    public static Map<String, Object> validComplaintWith(Object... changes) {
        Map<String, Object> complaint = validComplaint();
        for (int i = 0; i < changes.length; i += 2) {
            complaint.put((String) changes[i], changes[i + 1]);
        }
        return complaint;
    }

    /** Submits through the JSON API and answers the new complaint's reference. */
    public static String submit(Map<String, Object> complaint) {
        return given().contentType(ContentType.JSON).body(complaint)
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("reference");
    }

    public static Complaint stored(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.find("reference", reference).firstResult());
    }

    public static long complaintCount() {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.count());
    }
}
