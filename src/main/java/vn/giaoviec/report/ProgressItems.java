package vn.giaoviec.report;

import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.giaoviec.engine.FormRows;

/**
 * The report form's list of tasks (variable progressItems), a Camunda Forms dynamic list
 * ({@link FormRows}), and the values of its rows.
 */
final class ProgressItems {

    private ProgressItems() {
    }

    static JsonValue toVariable(Object value) {
        return FormRows.toVariable(value);
    }

    static List<Map<String, Object>> read(Object value) {
        return FormRows.read(value, "Danh sách tiến độ nhiệm vụ");
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
