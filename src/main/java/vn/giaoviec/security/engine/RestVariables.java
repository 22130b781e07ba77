package vn.giaoviec.security.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.giaoviec.form.PlainValues;
import vn.giaoviec.form.contract.FormContractViolation;
import vn.giaoviec.form.contract.UnreadableValue;

/**
 * Variables in Camunda REST's JSON ({@code {"name": {"value": …, "type": "String", "valueInfo": …}}})
 * to the values a form submits, and the contract's typed values back to that JSON. Only the types a
 * form can produce are read: text, booleans, numbers, JSON, null (Tasklist sends scalars untyped);
 * serialized Java objects, files, bytes, XML and dates are not a form's and are refused.
 */
final class RestVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestVariables() {
    }

    static Map<String, Object> read(JsonNode variables, String what) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (variables == null || variables.isNull()) {
            return values;
        }
        if (!variables.isObject()) {
            throw refused(what, "\"variables\" phải là một đối tượng JSON");
        }
        variables.fields().forEachRemaining(entry -> values.put(entry.getKey(), value(entry.getKey(), entry.getValue())));
        return values;
    }

    /** The value of one variable; one a form cannot produce is an {@link UnreadableValue}. */
    static Object value(String name, JsonNode dto) {
        if (dto == null || !dto.isObject()) {
            return new UnreadableValue("cần dạng {\"value\": …}");
        }
        JsonNode value = dto.path("value");
        String type = dto.path("type").asText("").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "" -> value.isMissingNode() ? null : PlainValues.of(value);
            case "null" -> null;
            case "string" -> value.isTextual() || value.isNull() ? value.textValue() : mismatch(type);
            case "boolean" -> value.isBoolean() ? value.booleanValue() : mismatch(type);
            case "integer", "long", "short", "double" -> value.isNumber() ? PlainValues.of(value) : mismatch(type);
            case "json" -> value.isTextual() ? json(value.textValue()) : mismatch(type);
            default -> new UnreadableValue("kiểu dữ liệu \"" + dto.path("type").asText() + "\" không phải của biểu mẫu");
        };
    }

    /** The accepted values as Camunda REST JSON, with their types. */
    static ObjectNode write(VariableMap variables) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        // by name: reading the map's values would deserialize (and drop the text of) its JSON values
        variables.keySet().forEach(name -> out.set(name, dto(variables.getValueTyped(name))));
        return out;
    }

    private static ObjectNode dto(TypedValue typed) {
        ObjectNode dto = JsonNodeFactory.instance.objectNode();
        String type = typed.getType().getName();
        dto.put("type", type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1));
        if (typed instanceof JsonValue json) {
            dto.put("value", json.getValueSerialized() != null ? json.getValueSerialized() : String.valueOf(json.getValue()));
        } else {
            dto.set("value", JSON.valueToTree(typed.getValue()));
        }
        return dto;
    }

    private static Object json(String text) {
        try {
            return PlainValues.parseJson(text);
        } catch (IllegalArgumentException e) {
            return new UnreadableValue("không phải JSON hợp lệ");
        }
    }

    private static Object mismatch(String type) {
        return new UnreadableValue("giá trị không đúng kiểu " + type);
    }

    static FormContractViolation refused(String what, String problem) {
        return new FormContractViolation(what, java.util.List.of(problem));
    }
}
