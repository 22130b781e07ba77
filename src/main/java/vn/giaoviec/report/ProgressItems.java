package vn.giaoviec.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The report form's list of tasks (variable progressItems) to and from its process-variable form:
 * a JSON array, which Camunda Forms' dynamic list renders row by row and submits back as JSON.
 */
final class ProgressItems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProgressItems() {
    }

    static JsonValue toVariable(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the submitted rows whatever form they arrived in: Spin JSON, JSON text, or Java lists. */
    static List<Map<String, Object>> read(Object value) {
        if (value == null) {
            return List.of();
        }
        Object source = value instanceof SpinJsonNode node ? node.toString() : value;
        try {
            String text = source instanceof String s ? s : JSON.writeValueAsString(source);
            return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Danh sách tiến độ nhiệm vụ không hợp lệ", e);
        }
    }

    static Integer percent(Map<String, Object> item) {
        Object value = item.get("progressPercent");
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        int percent = (int) Math.round(Double.parseDouble(value.toString()));
        return Math.max(0, Math.min(100, percent));
    }

    static String text(Map<String, Object> item) {
        Object value = item.get("progressText");
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
