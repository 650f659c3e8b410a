package org.redress.complaints.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.portal.Languages;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The consent wordings, versioned, in every language of the public pages; kept in
 * {@code consent/wordings.json}. A wording once published is never changed: a new text is a new
 * version, and {@code current} names the one the form shows. Older versions stay, so a form loaded
 * before a change can still be submitted and its consents recorded with the text it showed.
 */
@ApplicationScoped
public class ConsentWordings {

    static final String RESOURCE = "consent/wordings.json";

    /** The file's shape: version → language → kind → text. */
    record Texts(String current, Map<String, Map<String, Map<ConsentKind, String>>> versions) {
    }

    private final Texts texts;

    public ConsentWordings(ObjectMapper json) {
        this.texts = load(json);
    }

    /** The version the form shows now. */
    public String current() {
        return texts.current();
    }

    public boolean isKnown(String version) {
        return texts.versions().containsKey(version);
    }

    /** The exact text of a consent in a version and language; both must exist. */
    public String wording(String version, String language, ConsentKind kind) {
        Map<String, Map<ConsentKind, String>> byLanguage = texts.versions().get(version);
        if (byLanguage == null) {
            throw new IllegalArgumentException("unknown consent wording version " + version);
        }
        return byLanguage.get(language).get(kind);
    }

    /** Reads the file and refuses to start with a version that lacks a text in some language. */
    static Texts load(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Texts texts = json.readValue(in, Texts.class);
            if (!texts.versions().containsKey(texts.current())) {
                throw new IllegalStateException(RESOURCE + ": the current version " + texts.current() + " has no texts");
            }
            texts.versions().forEach((version, byLanguage) -> Languages.CODES.forEach(language -> {
                for (ConsentKind kind : ConsentKind.values()) {
                    Map<ConsentKind, String> byKind = byLanguage.get(language);
                    if (byKind == null || byKind.get(kind) == null || byKind.get(kind).isBlank()) {
                        throw new IllegalStateException(RESOURCE + ": version " + version + " has no " + language
                                + " text for " + kind);
                    }
                }
            }));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
