package vn.giaoviec.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The rows of a Camunda Forms dynamic list to and from their process variable: a JSON array,
 * which the form renders row by row and submits back as JSON.
 */
public final class FormRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormRows() {
    }

    public static JsonValue toVariable(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the submitted rows whatever form they arrived in: Spin JSON, JSON text, or Java lists;
     * {@code what} names the list in the Vietnamese error.
     */
    public static List<Map<String, Object>> read(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        Object source = value instanceof SpinJsonNode node ? node.toString() : value;
        try {
            String text = source instanceof String s ? s : JSON.writeValueAsString(source);
            return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " không hợp lệ", e);
        }
    }
}
