package vn.giaoviec.work;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The form's own inputs of a posted work form (named "f.…"), as typed. */
public final class FormParams {

    private FormParams() {
    }

    /** {@code parameters}: the request's parameters, as the servlet API gives them. */
    public static Map<String, List<String>> of(Map<String, String[]> parameters) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(FormInput.PREFIX)) {
                typed.put(name, Arrays.asList(values));
            }
        });
        return typed;
    }
}
