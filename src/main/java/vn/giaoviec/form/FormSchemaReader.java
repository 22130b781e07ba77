package vn.giaoviec.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a Camunda Form file (form-js JSON) into a {@link FormSchema}, keeping what the forms say. */
public final class FormSchemaReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormSchemaReader() {
    }

    public static FormSchema read(InputStream in, String name) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new FormSchemaException("Không đọc được biểu mẫu " + name, e);
        }
    }

    /** {@code name} (the file or resource name) only appears in the error. */
    public static FormSchema read(String json, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormSchemaException("Biểu mẫu " + name + " không phải JSON hợp lệ", e);
        }
        if (root == null || !root.isObject() || !root.path("id").isTextual() || !root.path("components").isArray()) {
            throw new FormSchemaException("Biểu mẫu " + name + " thiếu \"id\" hoặc \"components\"", null);
        }
        return new FormSchema(root.get("id").asText(), root.path("schemaVersion").asInt(0),
                components(root.get("components")));
    }

    private static List<FormComponent> components(JsonNode array) {
        List<FormComponent> components = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(node -> components.add(component(node)));
        }
        return components;
    }

    private static FormComponent component(JsonNode node) {
        String label = text(node, "label");
        return new FormComponent(text(node, "type"), text(node, "id"), text(node, "key"), text(node, "path"),
                label != null ? label : text(node, "dateLabel"), text(node, "description"), text(node, "text"),
                validation(node.path("validate")), options(node.path("values")), text(node, "valuesKey"),
                text(node, "subtype"), node.path("readonly").asBoolean(false), node.path("disabled").asBoolean(false),
                hide(node.path("conditional").path("hide")), columns(node.path("columns")), text(node, "dataSource"),
                node.path("allowAddRemove").asBoolean(false), components(node.get("components")));
    }

    private static FormValidation validation(JsonNode node) {
        if (!node.isObject()) {
            return FormValidation.NONE;
        }
        return new FormValidation(node.path("required").asBoolean(false), integer(node, "minLength"),
                integer(node, "maxLength"), number(node, "min"), number(node, "max"));
    }

    private static List<FormOption> options(JsonNode array) {
        List<FormOption> options = new ArrayList<>();
        array.forEach(option -> options.add(new FormOption(text(option, "label"), option.path("value").asText())));
        return options;
    }

    private static List<TableColumn> columns(JsonNode array) {
        List<TableColumn> columns = new ArrayList<>();
        array.forEach(column -> columns.add(new TableColumn(text(column, "label"), text(column, "key"))));
        return columns;
    }

    /** form-js writes FEEL with a leading "=": kept without it. */
    private static String hide(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        String feel = node.asText().trim();
        return feel.startsWith("=") ? feel.substring(1).trim() : feel;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToInt() ? value.asInt() : null;
    }

    private static Number number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.numberValue() : null;
    }
}
