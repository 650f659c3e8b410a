package org.redress.cases.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds request bodies and opens cases for tests. */
public final class Cases {

    private Cases() {
    }

    /** A valid case; tests change a copy with {@link #with(Map, Object...)}. */
    public static Map<String, Object> validCase() {
        Map<String, Object> form = new HashMap<>();
        form.put("title", "Meta: AI training on EU users' posts");
        form.put("respondent", "Meta Platforms Ireland Ltd");
        form.put("subject", "Training AI models on users' posts under legitimate interest instead of consent");
        form.put("legalGrounds", List.of("GDPR Art. 6(1)(f)", "GDPR Art. 21"));
        form.put("jurisdiction", "AT");
        form.put("authority", "Datenschutzbehörde");
        form.put("owner", "bob@redress.local");
        form.put("team", "litigation@redress.local");
        form.put("tags", List.of("ai-training"));
        form.put("publicSummary", "We sent Meta a formal notice.");
        return form;
    }

    /** {@code form} with some fields changed; a null value sends JSON null. */
    public static Map<String, Object> with(Map<String, Object> form, Object... changes) {
        Map<String, Object> changed = new HashMap<>(form);
        for (int i = 0; i < changes.length; i += 2) {
            changed.put((String) changes[i], changes[i + 1]);
        }
        return changed;
    }

    /** Opens a case as bob and answers its reference. */
    public static String open(Object... changes) {
        return Staff.asBob().body(with(validCase(), changes))
                .when().post("/api/cases")
                .then().statusCode(201)
                .extract().path("reference");
    }
}
