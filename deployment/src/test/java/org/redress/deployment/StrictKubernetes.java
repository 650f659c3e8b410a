package org.redress.deployment;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Reads Kubernetes objects the way an API server would refuse them, offline: about what
 * {@code kubeconform -strict} checks. A built-in kind is read into its fabric8 type; a field the type
 * does not have lands in an {@code additionalProperties} map (reported by {@link #unknownFields}),
 * and a value of the wrong type ({@code replicas: "2"}, {@code data: {PORT: 5672}}) fails the read.
 */
final class StrictKubernetes {

    private static final KubernetesSerialization SERIALIZATION = strictSerialization();

    private StrictKubernetes() {
    }

    /** One YAML document; a built-in kind comes back typed, any other kind as a generic resource. */
    static KubernetesResource read(String yaml) {
        return SERIALIZATION.unmarshal(yaml);
    }

    /** Part of a custom resource (a JSON-like map) read strictly into a Kubernetes type. */
    static <T> T convert(Object value, Class<T> type) {
        return SERIALIZATION.convertValue(value, type);
    }

    /**
     * Paths of every field that no Kubernetes type declares, anywhere in the object: each
     * {@code additionalProperties} map of the object graph must be empty. Custom resources are not
     * walked (their fields are the operators' to check).
     */
    static List<String> unknownFields(KubernetesResource resource) {
        List<String> unknown = new ArrayList<>();
        walk(resource, resource.getClass().getSimpleName(), unknown, 0);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, int depth) {
        if (value == null || depth > 40) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, unknown, depth + 1));
            return;
        }
        if (value instanceof GenericKubernetesResource || !isModel(value.getClass())) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (!isGetter(getter)) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                walk(property, path + "." + propertyName(getter), unknown, depth + 1);
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith("io.fabric8.kubernetes.api.model");
    }

    private static boolean isGetter(Method method) {
        return method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass() != Object.class
                && (method.getName().startsWith("get") || method.getName().startsWith("is"))
                && !method.getReturnType().isPrimitive();
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().replaceFirst("^(get|is)", "");
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }

    private static KubernetesSerialization strictSerialization() {
        JsonMapper mapper = strictMapper();
        KubernetesSerialization serialization = new KubernetesSerialization(mapper, true);
        // fabric8 reads Integer fields leniently (GoCompatibilityModule takes "2" for 2); a module
        // registered later takes precedence
        mapper.registerModule(new SimpleModule("redress-strict-integers")
                .addDeserializer(Integer.class, new StrictIntegerDeserializer()));
        return serialization;
    }

    /** An Integer only from a JSON/YAML integer, never from text. */
    private static final class StrictIntegerDeserializer extends StdDeserializer<Integer> {

        StrictIntegerDeserializer() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return parser.getIntValue();
            }
            return (Integer) context.handleUnexpectedToken(Integer.class, parser);
        }
    }

    /** No silent conversion between text, numbers and booleans: the API server does none either. */
    private static JsonMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return mapper;
    }
}
