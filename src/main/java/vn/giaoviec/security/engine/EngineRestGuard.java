package vn.giaoviec.security.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaoviec.form.contract.FormContractViolation;
import vn.giaoviec.form.contract.FormContracts;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.security.audit.AuditKind;
import vn.giaoviec.security.audit.SecurityAudit;
import vn.giaoviec.security.engine.EngineRestPolicy.Access;

/**
 * Stands before both copies of Camunda's REST (/engine-rest and Tasklist's /camunda/api/engine),
 * after the user is known: a completion or a change of a task's variables passes only with what the
 * task's form owns ({@link FormContracts}), its body rewritten to the accepted typed values; a
 * non-administrator may only make the calls of {@link EngineRestPolicy}; and another agency's task
 * and a task that does not exist answer the same 404, so task ids cannot be probed.
 * Refusals are one log line and one audit entry; nothing reaches the engine.
 */
@PreMatching
final class EngineRestGuard implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestGuard.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A form's values, dynamic lists included, stay far below this. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    static final String ADMIN_ONLY = "Chỉ quản trị viên được thực hiện thao tác này.";
    static final String NO_SUCH_TASK = "Không tìm thấy việc này, hoặc bạn không có quyền với việc này.";
    static final String ONLY_SELF = "Bạn chỉ được nhận hoặc chuyển việc cho chính mình, sửa thông tin của chính mình.";
    static final String NO_DELETION = "Không được xoá dữ liệu của việc.";
    static final String TOO_LARGE = "Dữ liệu gửi lên quá lớn (tối đa 2 MB).";
    static final String NOT_JSON = "Dữ liệu gửi lên phải là JSON.";
    static final String BAD_PAGING = "Tham số firstResult và maxResults phải là số nguyên không âm.";

    private final ProcessEngine engine;
    private final FormContracts contracts;
    private final SecurityAudit audit;

    EngineRestGuard(ProcessEngine engine, FormContracts contracts, SecurityAudit audit) {
        this.engine = engine;
        this.contracts = contracts;
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Authentication authentication = engine().getIdentityService().getCurrentAuthentication();
        if (authentication == null) {
            return; // nobody signed in: Camunda's authorizations show and allow nothing
        }
        UserAccess user = new UserAccess(authentication.getUserId(), authentication.getGroupIds() == null
                ? java.util.Set.of() : java.util.Set.copyOf(new HashSet<>(authentication.getGroupIds())));
        EngineRequest call = EngineRequest.of(request.getMethod(), request.getUriInfo().getPath());
        Access access = EngineRestPolicy.of(call);
        try {
            checkPaging(request);
            if (!user.isAdmin()) {
                checkCaller(call, access);
            }
            rewrite(request, call, access, user);
        } catch (Refusal refusal) {
            refuse(request, call, user, refusal);
        } catch (FormContractViolation violation) {
            if (call.taskId() != null && !TaskVisibility.exists(engine(), call.taskId())) {
                return; // finished meanwhile: Camunda's answer (409, EngineRestConflicts) is the right one
            }
            refuse(request, call, user, new Refusal(400, "InvalidRequestException", violation.getMessage(),
                    AuditKind.FORM_REFUSED));
        }
    }

    /**
     * The engine Camunda's REST serves, found as its resources find it (a static lookup by name): the
     * caller's authentication is set there. One engine in the application; several where tests start
     * several application contexts in one JVM.
     */
    private ProcessEngine engine() {
        ProcessEngine served = EngineUtil.lookupProcessEngine(null);
        return served == null ? engine : served;
    }

    private void checkCaller(EngineRequest call, Access access) {
        if (access == Access.ADMIN) {
            throw new Refusal(403, "AuthorizationException", ADMIN_ONLY, AuditKind.ACCESS_DENIED);
        }
        String taskId = call.taskId();
        // a task finished a moment ago is Camunda's to answer (409 from EngineRestConflicts), not "not found"
        if (taskId != null && !TaskVisibility.visible(engine(), taskId)
                && !(isTaskAction(call) && TaskVisibility.finished(engine(), taskId))) {
            throw new Refusal(404, "InvalidRequestException", NO_SUCH_TASK, AuditKind.ACCESS_DENIED);
        }
    }

    /** A negative page start reached the database: a 500 and some 1,000 log lines (two SQL errors, each with its query). */
    private static void checkPaging(ContainerRequestContext request) {
        for (String name : java.util.List.of("firstResult", "maxResults")) {
            for (String value : request.getUriInfo().getQueryParameters().getOrDefault(name, java.util.List.of())) {
                if (!value.matches("\\d{1,10}") || Long.parseLong(value) > Integer.MAX_VALUE) {
                    throw new Refusal(400, "InvalidRequestException", BAD_PAGING, null);
                }
            }
        }
    }

    private static boolean isTaskAction(EngineRequest call) {
        return !call.isRead() && call.segments().size() == 3
                && java.util.List.of("complete", "submit-form", "resolve", "claim", "unclaim").contains(call.segment(2));
    }

    private void rewrite(ContainerRequestContext request, EngineRequest call, Access access, UserAccess user)
            throws IOException {
        boolean admin = user.isAdmin();
        switch (access) {
            case COMPLETE -> replaceBody(request, complete(call, body(request), user));
            case CHANGE_VARIABLES -> {
                if (!admin) {
                    replaceBody(request, changeVariables(call, body(request), user));
                }
            }
            case CHANGE_VARIABLE -> {
                if (!admin) {
                    replaceBody(request, changeVariable(call, body(request), user));
                }
            }
            case SELF -> {
                if (!admin) {
                    onlySelf(call, request, user);
                }
            }
            default -> { }
        }
    }

    private ObjectNode complete(EngineRequest call, ObjectNode body, UserAccess user) {
        Map<String, Object> submitted = RestVariables.read(body.get("variables"), "Dữ liệu gửi lên");
        VariableMap accepted = contracts.accept(call.taskId(), submitted, user);
        body.set("variables", RestVariables.write(accepted));
        return body;
    }

    private ObjectNode changeVariables(EngineRequest call, ObjectNode body, UserAccess user) {
        JsonNode deletions = body.get("deletions");
        if (deletions != null && deletions.isArray() && !deletions.isEmpty()) {
            throw new Refusal(403, "AuthorizationException", NO_DELETION, AuditKind.ACCESS_DENIED);
        }
        Map<String, Object> changes = RestVariables.read(body.get("modifications"), "Dữ liệu gửi lên");
        body.set("modifications", RestVariables.write(contracts.acceptChanges(call.taskId(), changes, user)));
        return body;
    }

    private ObjectNode changeVariable(EngineRequest call, ObjectNode body, UserAccess user) {
        String name = call.segment(3);
        Object value = RestVariables.value(name, body);
        VariableMap accepted = contracts.acceptChanges(call.taskId(), java.util.Collections.singletonMap(name, value), user);
        return (ObjectNode) RestVariables.write(accepted).get(name);
    }

    private void onlySelf(EngineRequest call, ContainerRequestContext request, UserAccess user) throws IOException {
        String target = call.segments().get(0).equals("user") ? call.segment(1) : body(request).path("userId").asText(null);
        boolean unassign = target == null && call.is("task/*/assignee");
        if (!unassign && !user.userId().equals(target)) {
            throw new Refusal(403, "AuthorizationException", ONLY_SELF, AuditKind.ACCESS_DENIED);
        }
    }

    /** The JSON body (an empty object when there is none), read at most {@link #MAX_BODY_BYTES}; readable again. */
    private ObjectNode body(ContainerRequestContext request) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getEntityStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new Refusal(413, "InvalidRequestException", TOO_LARGE, null);
        }
        request.setEntityStream(new ByteArrayInputStream(bytes));
        MediaType type = request.getMediaType();
        if (bytes.length > 0 && type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new Refusal(415, "InvalidRequestException", NOT_JSON, null);
        }
        try {
            JsonNode root = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
            if (root instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // refused below
        }
        throw new Refusal(400, "InvalidRequestException", NOT_JSON, null);
    }

    private static void replaceBody(ContainerRequestContext request, ObjectNode body) throws JsonProcessingException {
        request.setEntityStream(new ByteArrayInputStream(JSON.writeValueAsBytes(body)));
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
    }

    private void refuse(ContainerRequestContext request, EngineRequest call, UserAccess user, Refusal refusal) {
        String message = refusal.getMessage();
        LOG.info("{} {} cho {}: {}", refusal.status, call, user.userId(),
                message.length() <= 300 ? message : message.substring(0, 300) + "…");
        if (refusal.audit != null) {
            audit.record(refusal.audit, user.userId(), refusal.getMessage());
            request.setProperty(SecurityAudit.AUDITED, Boolean.TRUE);
        }
        request.abortWith(jakarta.ws.rs.core.Response.status(refusal.status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", refusal.type, "message", refusal.getMessage())).build());
    }

    /** A refusal with its HTTP status, Camunda-style error type and audit kind (null: not audited). */
    static final class Refusal extends RuntimeException {
        final int status;
        final String type;
        final AuditKind audit;

        Refusal(int status, String type, String message, AuditKind audit) {
            super(message, null, false, false);
            this.status = status;
            this.type = type;
            this.audit = audit;
        }
    }
}
