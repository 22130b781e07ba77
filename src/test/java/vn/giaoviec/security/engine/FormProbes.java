package vn.giaoviec.security.engine;

import vn.giaoviec.lifecycle.PlanTaskProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giaoviec.form.FormComponent;
import vn.giaoviec.form.FormOption;
import vn.giaoviec.form.FormSchema;

/**
 * Submissions generated from a form: one that fits it (every field filled with an allowed value, as
 * Tasklist would send it) and, per field, values that do not (outside the options, too long, not a
 * date, out of bounds, a row too many or with a key of its own, a serialized Java object).
 */
final class FormProbes {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Far enough to be after today and after any fixture's due date. */
    static final String FUTURE = "2099-06-30";

    private FormProbes() {
    }

    /** A value for every field of the form that the form accepts, given the task's variables now. */
    static Map<String, Object> valid(FormSchema form, Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.fields().forEach(field -> values.put(field.variable(), validValue(field, variables)));
        return values;
    }

    /** Per field, named bad values: what the probe is, and the submission with it. */
    static Map<String, Map<String, Object>> bad(FormSchema form, Map<String, Object> variables) {
        Map<String, Map<String, Object>> probes = new LinkedHashMap<>();
        Map<String, Object> valid = valid(form, variables);
        for (FormComponent field : form.fields()) {
            badValues(field, variables).forEach((what, value) -> {
                Map<String, Object> submission = new LinkedHashMap<>(valid);
                submission.put(field.variable(), value);
                probes.put(field.variable() + " " + what, submission);
            });
        }
        return probes;
    }

    private static Object validValue(FormComponent field, Map<String, Object> variables) {
        if (field.isDynamicList()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Object existing : variables.get(field.variable()) instanceof List<?> l ? l : List.of()) {
                Map<String, Object> row = new LinkedHashMap<>();
                FormSchema.fieldsOf(field.components()).forEach(child -> row.put(child.variable(),
                        child.readonly() ? ((Map<?, ?>) existing).get(child.variable()) : validValue(child, variables)));
                rows.add(row);
            }
            return rows;
        }
        List<String> options = options(field, variables);
        return switch (field.type()) {
            case "checkbox" -> Boolean.TRUE;
            case "number" -> field.validation().max() != null ? field.validation().max() : 1;
            // a coordination request may not be due after the task itself: its own due date is the latest valid
            case "datetime" -> field.variable().equals(PlanTaskProcess.Var.CONTRIBUTION_DUE_DATE)
                    ? variables.get(PlanTaskProcess.Var.DUE_DATE) : FUTURE;
            case "checklist", "taglist" -> options.isEmpty() ? List.of() : List.of(options.get(0));
            case "select", "radio" -> options.get(0);
            default -> "Nội dung kiểm thử ma trận biểu mẫu";
        };
    }

    private static Map<String, Object> badValues(FormComponent field, Map<String, Object> variables) {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("kiểu Object (Java)", Map.of("type", "Object", "value", "rO0ABXQAA2FiYw==", "valueInfo",
                Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));
        if (field.isDynamicList()) {
            List<Object> rows = new ArrayList<>((List<?>) validValue(field, variables));
            List<Object> extra = new ArrayList<>(rows);
            extra.add(Map.of());
            bad.put("thêm một dòng", extra);
            if (!rows.isEmpty()) {
                Map<String, Object> first = new LinkedHashMap<>((Map<String, Object>) rows.get(0));
                first.put("title", "Đổi tên nhiệm vụ");
                rows.set(0, first);
                bad.put("dòng có trường lạ", rows);
            }
            return bad;
        }
        switch (field.type()) {
            case "checkbox" -> bad.put("không phải đúng/sai", "có");
            case "number" -> bad.put("ngoài giới hạn", 1e20);
            case "datetime" -> {
                bad.put("ngày không có", "2031-02-30");
                if (field.variable().equals(PlanTaskProcess.Var.CONTRIBUTION_DUE_DATE)) {
                    bad.put("sau thời hạn của nhiệm vụ", FUTURE);
                }
            }
            case "checklist", "taglist" -> bad.put("lựa chọn không có", List.of("khong-co-lua-chon"));
            case "select", "radio" -> bad.put("lựa chọn không có", "khong-co-lua-chon");
            default -> {
                bad.put("quá dài", "x".repeat(10_001));
                bad.put("ký tự NUL", "có\u0000NUL");
            }
        }
        return bad;
    }

    static List<String> options(FormComponent field, Map<String, Object> variables) {
        if (!field.values().isEmpty()) {
            return field.values().stream().map(FormOption::value).toList();
        }
        List<String> options = new ArrayList<>();
        if (variables.get(field.valuesKey()) instanceof List<?> offered) {
            offered.forEach(o -> options.add(o instanceof Map<?, ?> m ? String.valueOf(m.get("value")) : String.valueOf(o)));
        }
        return options;
    }

    /** Camunda REST's {"variables": {...}} for a submission; maps and lists as Json, the rest untyped as Tasklist sends. */
    static String body(Map<String, Object> submission) {
        Map<String, Object> variables = new LinkedHashMap<>();
        submission.forEach((name, value) -> variables.put(name, dto(value)));
        try {
            return JSON.writeValueAsString(Map.of("variables", variables));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object dto(Object value) {
        if (value instanceof Map<?, ?> map && map.containsKey("valueInfo")) {
            return map; // already a typed Camunda value
        }
        if (value instanceof List<?>) {
            try {
                return Map.of("type", "Json", "value", JSON.writeValueAsString(value));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("value", value instanceof LocalDate d ? d.toString() : value);
        return dto;
    }
}
