package org.rapport.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds a JSON object to a request record one field at a time, so a request with several wrong
 * fields is answered with all of them named, not only the first Jackson meets. Unknown fields
 * are ignored (clients may send back what they read, ids and versions included).
 */
@Component
public class JsonBinder {
    private final JsonMapper mapper;

    JsonBinder(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public <T extends Record> T bind(JsonNode body, Class<T> type) {
        if (!(body instanceof ObjectNode object)) {
            throw ValidationException.of("body", "must be a JSON object");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        var problems = new ValidationException.Collector();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonNode value = object.get(component.getName());
            if (value == null || value.isNull()) {
                continue;
            }
            try {
                JavaType javaType = mapper.getTypeFactory().constructType(component.getGenericType());
                values[i] = mapper.treeToValue(value, javaType);
            } catch (JacksonException e) {
                problems.add(JsonProblems.fieldPath(component.getName(), e), JsonProblems.message(e));
            }
        }
        problems.throwIfAny();
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (NoSuchMethodException
                | InstantiationException
                | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }
}
