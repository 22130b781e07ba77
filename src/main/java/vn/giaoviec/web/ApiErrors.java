package vn.giaoviec.web;

import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.giaoviec.plan.PlanClosedException;
import vn.giaoviec.plan.PlanImportException;
import vn.giaoviec.security.audit.SecurityAudit;
import vn.giaoviec.plan.PlanNotFoundException;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.lifecycle.DuplicateTaskException;
import vn.giaoviec.lifecycle.ExtensionPendingException;
import vn.giaoviec.register.TaskClosedException;
import vn.giaoviec.register.TaskNotFoundException;
import vn.giaoviec.file.NoSuchProductFile;

/** Turns failures of the /api endpoints into a Vietnamese message and a 4xx status; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final SecurityAudit audit;
    private final UploadLimit uploadLimit;

    public ApiErrors(SecurityAudit audit, UploadLimit uploadLimit) {
        this.audit = audit;
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler({TaskNotFoundException.class, PlanNotFoundException.class, NoSuchProductFile.class})
    ResponseEntity<Map<String, String>> notFound(RuntimeException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        audit.denied(e.getMessage());
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({DuplicateTaskException.class, TaskClosedException.class, PlanClosedException.class,
            ExtensionPendingException.class})
    ResponseEntity<Map<String, String>> conflict(RuntimeException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(PlanReadException.class)
    ResponseEntity<Map<String, Object>> unreadablePlan(PlanReadException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("error", e.getMessage(), "row", e.row()));
    }

    @ExceptionHandler(PlanImportException.class)
    ResponseEntity<Map<String, String>> planNotImported(PlanImportException e) {
        return error(e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<Map<String, String>> concurrentChange(OptimisticLockingException e) {
        return error(HttpStatus.CONFLICT, "Nhiệm vụ vừa được người khác cập nhật; vui lòng tải lại và thử lại.");
    }

    @ExceptionHandler({IllegalArgumentException.class, NullValueException.class})
    ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException e) {
        String fields = String.join(", ", e.getBindingResult().getFieldErrors().stream().map(f -> f.getField()).toList());
        return error(HttpStatus.BAD_REQUEST, "Thiếu hoặc sai thông tin: " + fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên không đúng định dạng JSON hoặc ngày (năm-tháng-ngày)");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "Thiếu tham số \"" + e.getParameterName() + "\"");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> wrongParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "Tham số \"" + e.getName() + "\" không đúng định dạng");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, String>> missingPart(MissingServletRequestPartException e) {
        return error(HttpStatus.BAD_REQUEST, "Thiếu tệp gửi lên (trường \"" + e.getRequestPartName() + "\")");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, uploadLimit.refusal());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> unsupportedType(HttpMediaTypeNotSupportedException e) {
        String sent = e.getContentType() == null ? "không rõ" : e.getContentType().toString();
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kiểu dữ liệu gửi lên (" + sent
                + ") không được hỗ trợ; hãy gửi JSON (Content-Type: application/json).");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        LOG.error("Lỗi không lường trước", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống; vui lòng thử lại hoặc báo quản trị viên.");
    }

    public static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
