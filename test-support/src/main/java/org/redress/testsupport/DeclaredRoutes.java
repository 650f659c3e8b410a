package org.redress.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.path.json.JsonPath;

/**
 * The HTTP routes a running service declares: every operation of the OpenAPI document that
 * smallrye-openapi builds at start-up from the service's JAX-RS resources (JSON resources and Qute
 * pages alike), read from {@code /q/openapi} on the management interface of the application under test.
 */
public final class DeclaredRoutes {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    /**
     * One operation: a method, a path template such as {@code /api/cases/{reference}}, its path
     * parameters (name → format), its query parameters, and what its request body is: its media type
     * ({@code application/json}, a form type, or null for none) and its top-level fields (name → the
     * schema's format or type: string, date, date-time, integer, number, boolean, array, object).
     */
    public record Route(String method, String template, Map<String, String> parameterFormats,
            List<String> queryParameters, String bodyType, Map<String, String> bodyFields) {

        public Route(String method, String template, Map<String, String> parameterFormats) {
            this(method, template, parameterFormats, List.of(), null, Map.of());
        }

        /** Whether {@code rule} ("GET /status/{token}", or "* /q/health" for any method) names this route. */
        public boolean isNamedBy(String rule) {
            String[] parts = rule.trim().split("\\s+", 2);
            return (parts[0].equals("*") || parts[0].equalsIgnoreCase(method)) && parts[1].equals(template);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private DeclaredRoutes() {
    }

    /**
     * The routes of the application under test, sorted by path then method; its OpenAPI document is on
     * the management interface (quarkus.management.test-port, 9001 unless set).
     */
    public static List<Route> ofRunningApplication() {
        int managementPort = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(9001);
        String document = given().accept("application/json").queryParam("format", "json")
                .when().get("http://127.0.0.1:" + managementPort + "/q/openapi")
                .then().statusCode(200)
                .extract().asString();
        return parse(document);
    }

    @SuppressWarnings("unchecked")
    static List<Route> parse(String openApiJson) {
        Map<String, Map<String, Object>> paths = JsonPath.from(openApiJson).getMap("paths");
        List<Route> routes = new ArrayList<>();
        if (paths == null) {
            return routes;
        }
        Map<String, Map<String, Object>> schemas = JsonPath.from(openApiJson).getMap("components.schemas");
        paths.forEach((template, item) -> {
            Map<String, String> shared = formats((List<Map<String, Object>>) item.get("parameters"));
            item.forEach((key, operation) -> {
                if (METHODS.contains(key) && operation instanceof Map<?, ?> op) {
                    Map<String, String> formats = new HashMap<>(shared);
                    formats.putAll(formats((List<Map<String, Object>>) op.get("parameters")));
                    List<String> query = new ArrayList<>(queryNames((List<Map<String, Object>>) item.get("parameters")));
                    query.addAll(queryNames((List<Map<String, Object>>) op.get("parameters")));
                    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) op)
                            .getOrDefault("requestBody", Map.of())).getOrDefault("content", Map.of());
                    String bodyType = content.keySet().stream().sorted().findFirst().orElse(null);
                    Map<String, String> fields = bodyType == null ? Map.of()
                            : fields((Map<String, Object>) ((Map<String, Object>) content.get(bodyType)).get("schema"),
                                    schemas == null ? Map.of() : schemas);
                    routes.add(new Route(key.toUpperCase(Locale.ROOT), template, Map.copyOf(formats), List.copyOf(query),
                            bodyType, fields));
                }
            });
        });
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes;
    }

    private static List<String> queryNames(List<Map<String, Object>> parameters) {
        return parameters == null ? List.of() : parameters.stream().filter(p -> "query".equals(p.get("in")))
                .map(p -> (String) p.get("name")).toList();
    }

    /** A body schema's top-level properties, following a {@code $ref} into the components: name → format or type. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> fields(Map<String, Object> schema, Map<String, Map<String, Object>> schemas) {
        if (schema == null) {
            return Map.of();
        }
        Object ref = schema.get("$ref");
        if (ref != null) {
            schema = schemas.getOrDefault(ref.toString().substring(ref.toString().lastIndexOf('/') + 1), Map.of());
        }
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        Map<String, String> fields = new TreeMap<>();
        properties.forEach((name, property) -> {
            Map<String, Object> p = (Map<String, Object>) property;
            Object type = p.get("$ref") != null ? "object" : p.getOrDefault("format", p.getOrDefault("type", "object"));
            if (type instanceof List<?> types) {
                // OpenAPI 3.1 writes a nullable type as ["string", "null"]
                type = types.stream().filter(t -> !"null".equals(t)).map(String::valueOf).findFirst().orElse("object");
            }
            fields.put(name, String.valueOf(type));
        });
        return fields;
    }

    /** Path parameter name → its schema's format (uuid, int64, ...) or type. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> formats(List<Map<String, Object>> parameters) {
        Map<String, String> formats = new HashMap<>();
        if (parameters == null) {
            return formats;
        }
        for (Map<String, Object> parameter : parameters) {
            if (!"path".equals(parameter.get("in"))) {
                continue;
            }
            Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
            Object ref = schema.get("$ref");
            Object format = ref != null ? ref.toString().substring(ref.toString().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)
                    : schema.getOrDefault("format", schema.getOrDefault("type", "string"));
            formats.put((String) parameter.get("name"), String.valueOf(format));
        }
        return formats;
    }
}
