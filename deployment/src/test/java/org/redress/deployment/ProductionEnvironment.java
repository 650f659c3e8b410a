package org.redress.deployment;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redress.testsupport.RedressRoot;

/**
 * The environment variables a service cannot start without in production, read from where the
 * service itself gets them: the {@code %prod.} lines of its application.properties and of the
 * libraries every service includes (platform, staff-ui). A reference {@code ${REDRESS_X}} without a
 * default is required; {@code ${REDRESS_X:default}} is not.
 */
final class ProductionEnvironment {

    /** Configuration files every service includes (its dependencies platform and staff-ui). */
    private static final List<String> SHARED_FILES = List.of(
            "platform/src/main/resources/META-INF/microprofile-config.properties",
            "staff-ui/src/main/resources/META-INF/microprofile-config.properties");

    /**
     * The production contract of issue 15 (the list every deployment artefact was written against).
     * The parsed %prod. lines are the source of truth; this list keeps the check meaningful if a
     * service's %prod. lines are ever incomplete, and costs nothing when they are complete.
     */
    private static final List<String> CONTRACT_ALL = List.of(
            "REDRESS_DB_URL", "REDRESS_DB_USERNAME", "REDRESS_DB_PASSWORD",
            "REDRESS_AMQP_HOST", "REDRESS_AMQP_PORT", "REDRESS_AMQP_USERNAME", "REDRESS_AMQP_PASSWORD",
            "REDRESS_OIDC_URL", "REDRESS_OIDC_CLIENT_SECRET", "REDRESS_SESSION_SECRET",
            "REDRESS_COMPLAINTS_URL", "REDRESS_CASES_URL", "REDRESS_NOTIFICATIONS_URL",
            "REDRESS_NOTIFICATIONS_INTERNAL_URL", "REDRESS_TRUSTED_PROXIES");
    private static final List<String> CONTRACT_COMPLAINTS = List.of("REDRESS_CASES_INTERNAL_URL");
    private static final List<String> CONTRACT_NOTIFICATIONS = List.of(
            "REDRESS_SMTP_HOST", "REDRESS_SMTP_PORT", "REDRESS_SMTP_USERNAME", "REDRESS_SMTP_PASSWORD",
            "REDRESS_MAIL_FROM");

    private static final Pattern REQUIRED_REFERENCE = Pattern.compile("\\$\\{(REDRESS_[A-Z0-9_]+)}");

    private ProductionEnvironment() {
    }

    /** Variables the service's %prod. configuration requires (parsed). */
    static Set<String> parsed(String service) {
        Set<String> required = new TreeSet<>();
        required.addAll(requiredBy(RedressRoot.path().resolve(service + "/src/main/resources/application.properties")));
        for (String shared : SHARED_FILES) {
            required.addAll(requiredBy(RedressRoot.path().resolve(shared)));
        }
        return required;
    }

    /** Variables the production contract lists for the service. */
    static Set<String> contract(String service) {
        Set<String> required = new TreeSet<>(CONTRACT_ALL);
        if (service.equals("complaints-service")) {
            required.addAll(CONTRACT_COMPLAINTS);
        }
        if (service.equals("notifications-service")) {
            required.addAll(CONTRACT_NOTIFICATIONS);
        }
        return required;
    }

    /** Everything the service needs: the parsed variables and the contract's. */
    static Set<String> required(String service) {
        Set<String> required = new TreeSet<>(parsed(service));
        required.addAll(contract(service));
        return required;
    }

    /** Required ${REDRESS_...} references in the values of a file's %prod (or %prod,...) keys. */
    static Set<String> requiredBy(Path file) {
        Set<String> required = new TreeSet<>();
        if (!Files.isRegularFile(file)) {
            return required;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        for (String key : properties.stringPropertyNames()) {
            if (inProdProfile(key)) {
                Matcher references = REQUIRED_REFERENCE.matcher(properties.getProperty(key));
                while (references.find()) {
                    required.add(references.group(1));
                }
            }
        }
        return required;
    }

    private static boolean inProdProfile(String key) {
        if (!key.startsWith("%") || key.indexOf('.') < 0) {
            return false;
        }
        String profiles = key.substring(1, key.indexOf('.'));
        return Arrays.asList(profiles.split(",")).contains("prod");
    }
}
