package org.redress.notifications.pages;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cookies a browser keeps for 127.0.0.1 (all ports, as browsers do), by name and path, sent back
 * as a plain {@code Cookie} header. java.net.CookieManager would send Keycloak's cookies in the
 * RFC 2965 form ($Path=...), which Keycloak does not read.
 */
final class BrowserCookies {

    record Cookie(String name, String value, String path, boolean httpOnly) {
    }

    private final Map<String, Cookie> jar = new LinkedHashMap<>();

    synchronized void remember(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            String path = defaultPath(response.uri());
            boolean httpOnly = false;
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip();
                String lower = attribute.toLowerCase(Locale.ROOT);
                if (lower.startsWith("path=")) {
                    path = attribute.substring(5);
                } else if (lower.equals("httponly")) {
                    httpOnly = true;
                } else if (lower.equals("max-age=0") || lower.startsWith("max-age=-")) {
                    expired = true;
                } else if (lower.startsWith("expires=") && lower.contains("1970")) {
                    expired = true;
                }
            }
            String key = name + "|" + path;
            if (expired) {
                jar.remove(key);
            } else {
                jar.put(key, new Cookie(name, value, path, httpOnly));
            }
        }
    }

    synchronized Optional<String> header(URI uri) {
        List<String> pairs = new ArrayList<>();
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        for (Cookie cookie : jar.values()) {
            String prefix = cookie.path();
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                pairs.add(cookie.name() + "=" + cookie.value());
            }
        }
        return pairs.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", pairs));
    }

    synchronized List<Cookie> all() {
        return List.copyOf(jar.values());
    }

    private static String defaultPath(URI uri) {
        String path = uri.getPath();
        int slash = path == null ? -1 : path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
