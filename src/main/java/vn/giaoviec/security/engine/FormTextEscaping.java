package vn.giaoviec.security.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import vn.giaoviec.form.DeployedForms;
import vn.giaoviec.form.FormSchema;

/**
 * Imported and typed text is text in Tasklist's Camunda Forms too. A form's text components show
 * variables through templates ({@code {{title}}}) that form-js renders as Markdown and HTML — an
 * imported title {@code <a href="https://evil.example/login">Đăng nhập lại</a>} became a link. So the
 * task's form variables, as Tasklist reads them, carry every string that no field of the form edits
 * escaped for Markdown and HTML: it shows literally, and is never sent back. Fields keep their values.
 */
final class FormTextEscaping implements ContainerResponseFilter {

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
        Set<String> fields = forms.ofTask(call.taskId()).map(FormSchema::variables).orElse(null);
        if (fields == null) {
            return; // no Camunda Form: nothing renders templates
        }
        variables.forEach((name, value) -> {
            if (!fields.contains(name) && value instanceof VariableValueDto dto && "String".equals(dto.getType())
                    && dto.getValue() instanceof String text) {
                dto.setValue(escape(text));
            }
        });
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
