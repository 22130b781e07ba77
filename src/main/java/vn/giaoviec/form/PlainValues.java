package vn.giaoviec.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Form data as plain values — text, booleans, {@link BigDecimal} numbers, lists and maps — whatever
 * the engine holds them as (typed values, Spin JSON, Jackson trees, Java numbers), so that the same
 * form data reads the same everywhere.
 */
public final class PlainValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainValues() {
    }

    public static Object of(Object value) {
        if (value instanceof JsonValue json) {
            return json.getValueSerialized() == null ? null : parseJson(json.getValueSerialized());
        }
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable.getValueSerialized();
        }
        if (value instanceof TypedValue typed) {
            return of(typed.getValue());
        }
        if (value instanceof SpinJsonNode node) {
            return parseJson(node.toString());
        }
        if (value instanceof JsonNode node) {
            return of(JSON.convertValue(node, Object.class));
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(of(item)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), of(v)));
            return copy;
        }
        return value;
    }

    /** Every entry of a variable map made plain. */
    public static Map<String, Object> ofAll(Map<String, ?> variables) {
        Map<String, Object> plain = new LinkedHashMap<>();
        if (variables instanceof VariableMap typed) {
            // by name: reading a variable map's values would deserialize each one (or fail, for objects kept serialized)
            typed.keySet().forEach(name -> plain.put(name, of(typed.getValueTyped(name))));
        } else {
            variables.forEach((name, value) -> plain.put(name, of(value)));
        }
        return plain;
    }

    /** JSON text (a JSON variable as serialized) as plain values; not JSON → IllegalArgumentException. */
    public static Object parseJson(String text) {
        try {
            return of(JSON.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Không phải JSON hợp lệ", e);
        }
    }
}
