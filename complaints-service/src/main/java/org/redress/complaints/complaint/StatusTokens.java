package org.redress.complaints.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret tokens of status links: 256 random bits, URL-safe Base64 (43 characters). Only their
 * SHA-256 is stored, so a copy of the database opens no status page. A fast hash is enough here:
 * the token has full entropy, unlike a password.
 */
public final class StatusTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private StatusTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether a string could be a token at all; anything else is not looked up. */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }
}
