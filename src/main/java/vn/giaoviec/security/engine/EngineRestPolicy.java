package vn.giaoviec.security.engine;

import java.util.List;

/**
 * What a user who is not an administrator may ask of Camunda's REST beyond reading: the calls
 * Tasklist and the project's own clients make. Everything else that writes — starting or
 * modifying processes, correlating messages, signals, setting process or execution variables,
 * deleting, creating or editing tasks, identity links, attachments, jobs, deployments — is for
 * administrators only (Cockpit, Admin).
 */
final class EngineRestPolicy {

    /** How a call is let through. */
    enum Access {
        /** Camunda's own authorizations decide (reads, queries sent as POST, claims, comments, filters). */
        CAMUNDA,
        /** Completing a task with its form's values: the form contract decides which and what. */
        COMPLETE,
        /** Changing some variables of an open task: the form contract, nothing required. */
        CHANGE_VARIABLES,
        /** The same for one variable (PUT …/variables/{name}). */
        CHANGE_VARIABLE,
        /** Only for oneself: claiming for, assigning or delegating to oneself; one's own profile and password. */
        SELF,
        /** Administrators only. */
        ADMIN
    }

    /** Queries that Camunda takes as POST bodies: reading, whatever the method. */
    private static final List<String> QUERIES = List.of("task", "task/count", "filter/*/list", "filter/*/count",
            "filter/*/singleResult", "process-instance", "process-instance/count", "execution", "execution/count",
            "variable-instance", "variable-instance/count", "history/activity-instance",
            "history/activity-instance/count", "history/process-instance", "history/process-instance/count",
            "history/task", "history/task/count", "history/variable-instance", "history/variable-instance/count",
            "history/detail", "history/detail/count", "identity/password-policy");

    private static final List<String> OPEN_WRITES = List.of("task/*/claim", "task/*/unclaim", "task/*/comment/create",
            "filter/create", "filter/*");

    private static final List<String> SELF_WRITES = List.of("task/*/assignee", "task/*/delegate", "user/*/profile",
            "user/*/credentials");

    private EngineRestPolicy() {
    }

    static Access of(EngineRequest request) {
        if (request.isRead()) {
            return Access.CAMUNDA;
        }
        if (request.is("task/*/complete") || request.is("task/*/submit-form") || request.is("task/*/resolve")) {
            return Access.COMPLETE;
        }
        if (request.method().equals("POST") && (request.is("task/*/variables") || request.is("task/*/localVariables"))) {
            return Access.CHANGE_VARIABLES;
        }
        if (request.method().equals("PUT") && (request.is("task/*/variables/*") || request.is("task/*/localVariables/*"))) {
            return Access.CHANGE_VARIABLE;
        }
        if (request.method().equals("POST") && matches(request, QUERIES) || matches(request, OPEN_WRITES)) {
            return Access.CAMUNDA;
        }
        return matches(request, SELF_WRITES) ? Access.SELF : Access.ADMIN;
    }

    private static boolean matches(EngineRequest request, List<String> patterns) {
        return patterns.stream().anyMatch(request::is);
    }
}
