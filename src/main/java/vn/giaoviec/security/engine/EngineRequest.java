package vn.giaoviec.security.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A call to Camunda's REST, as both copies of it see it (/engine-rest and Tasklist's
 * /camunda/api/engine): the method and the resource path without the optional
 * {@code engine/{name}/} prefix, e.g. {@code POST task/8f2…/complete}.
 */
record EngineRequest(String method, List<String> segments) {

    static EngineRequest of(String method, String path) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        if (segments.size() >= 2 && segments.get(0).equals("engine")) {
            segments = segments.subList(2, segments.size());
        }
        return new EngineRequest(method.toUpperCase(Locale.ROOT), segments);
    }

    boolean isRead() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /**
     * Whether the path is {@code pattern}: segments separated by '/', '*' for any one segment;
     * e.g. {@code task/*}{@code /complete}.
     */
    boolean is(String pattern) {
        String[] parts = pattern.split("/");
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals("*") && !parts[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    String segment(int index) {
        return index < segments.size() ? segments.get(index) : null;
    }

    /** The id of {@code task/{id}/…}; null for other paths and for task/count, task/create, task/report. */
    String taskId() {
        String id = segments.size() >= 2 && segments.get(0).equals("task") ? segments.get(1) : null;
        return id == null || List.of("count", "create", "report").contains(id) ? null : id;
    }

    @Override
    public String toString() {
        return method + " " + String.join("/", segments);
    }
}
