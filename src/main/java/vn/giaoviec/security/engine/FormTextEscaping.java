package vn.giaoviec.security.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import vn.giaoviec.form.DeployedForms;
import vn.giaoviec.form.FormComponent;
import vn.giaoviec.form.FormSchema;

/**
 * Imported and typed text is text in Tasklist's Camunda Forms too. A form's text components show
 * variables through templates ({@code {{title}}}) that form-js renders as Markdown and HTML — an
 * imported title {@code <a href="https://evil.example/login">Đăng nhập lại</a>} became a link. So the
 * task's form variables, as Tasklist reads them, carry every string that no field of the form edits
 * escaped for Markdown and HTML: it shows literally, and is never sent back. Fields keep their values;
 * so do a dynamic list's row fields, while the rest of each row (a task's title) is escaped likewise.
 */
final class FormTextEscaping implements ContainerResponseFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKDOWN_PUNCTUATION = "\\`*_{}[]()#+-.!|~:@=$^/%,;?";

    private final DeployedForms forms;

    FormTextEscaping(DeployedForms forms) {
        this.forms = forms;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        EngineRequest call = EngineRequest.of(request.getMethod(), request.getUriInfo().getPath());
        if (response.getStatus() != 200 || !call.isRead() || !call.is("task/*/form-variables")
                || !(response.getEntity() instanceof Map<?, ?> variables)) {
            return;
        }
        FormSchema form = forms.ofTask(call.taskId()).orElse(null);
        if (form == null) {
            return; // no Camunda Form: nothing renders templates
        }
        Set<String> fields = form.variables();
        variables.forEach((name, value) -> {
            if (!(value instanceof VariableValueDto dto) || !(dto.getValue() instanceof String text)) {
                return;
            }
            if (!fields.contains(name) && "String".equals(dto.getType())) {
                dto.setValue(escape(text));
            } else if ("Json".equals(dto.getType())) {
                form.field(String.valueOf(name)).filter(FormComponent::isDynamicList)
                        .ifPresent(list -> dto.setValue(escapeRows(text, list)));
            }
        });
    }

    /**
     * A dynamic list's rows (JSON) with every string that no field of the row edits escaped: what its
     * text templates show ({@code {{this.title}}}). form-js sends back only the row's fields, and the
     * form contract keeps the rest of each row as it was, so the escaped copies never return.
     */
    private static String escapeRows(String json, FormComponent list) {
        Set<String> rowFields = FormSchema.fieldsOf(list.components()).stream().map(FormComponent::variable)
                .collect(Collectors.toSet());
        try {
            JsonNode rows = JSON.readTree(json);
            if (!rows.isArray()) {
                return json;
            }
            for (JsonNode row : rows) {
                if (row instanceof ObjectNode cells) {
                    List<String> names = new ArrayList<>();
                    cells.fieldNames().forEachRemaining(names::add);
                    for (String cell : names) {
                        if (!rowFields.contains(cell) && cells.get(cell).isTextual()) {
                            cells.put(cell, escape(cells.get(cell).asText()));
                        }
                    }
                }
            }
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            return json; // not JSON: form-js cannot render it as rows either
        }
    }

    /** The text as Markdown and HTML that show exactly it: entities for markup, backslashes for Markdown. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                        escaped.append('\\');
                    }
                    escaped.append((char) c);
                }
            }
        });
        return escaped.toString();
    }
}
