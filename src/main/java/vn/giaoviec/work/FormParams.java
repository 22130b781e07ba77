package vn.giaoviec.work;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The form's own inputs of a posted work form (named "f.…"), as typed. */
public final class FormParams {

    private FormParams() {
    }

    public static Map<String, List<String>> of(HttpServletRequest request) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(FormInput.PREFIX)) {
                typed.put(name, Arrays.asList(values));
            }
        });
        return typed;
    }
}
