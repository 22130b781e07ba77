package vn.giaoviec.file;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.lifecycle.PlanTaskProcess;

/**
 * Each submission of a product, kept as it was sent (table product_submission), so that a
 * resubmitted product's reviewer reads what changed ({@code productChanges}, shown by the review
 * form). A submission also clears the previous review's decision and reason: the next review starts
 * with nothing chosen (issue 12: it used to open with "Trả lại" and the stale reason preselected).
 * Runs inside the engine's transaction, on the "Nộp sản phẩm" step's completion.
 */
@Component
public class ProductSubmissions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final JdbcTemplate jdbc;
    private final ProductFiles files;
    private final ProvinceClock clock;

    ProductSubmissions(JdbcTemplate jdbc, ProductFiles files, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        if (!PlanTaskProcess.SUBMIT.equals(task.getTaskDefinitionKey()) || task.getProcessDefinitionId() == null
                || !task.getProcessDefinitionId().startsWith(PlanTaskProcess.KEY + ":")) {
            return;
        }
        DelegateExecution execution = task.getExecution();
        String code = execution.getProcessBusinessKey();
        Submission now = new Submission(clock.localNow(), CurrentActor.of(task.getProcessEngineServices()),
                text(task.getVariable(Var.DOCUMENT_NUMBER)), text(task.getVariable(Var.DOCUMENT_DATE)),
                text(task.getVariable(Var.PRODUCT_SUMMARY)), text(task.getVariable(Var.PRODUCT_LINK)),
                files.ofTask(code).stream().filter(f -> f.contributedBy() == null).map(ProductFile::fileName).toList());
        Optional<Submission> previous = latest(code);
        String returnReason = text(execution.getVariable(Var.RETURN_REASON));
        insert(code, now);
        if (previous.isPresent()) {
            execution.setVariable(Var.PRODUCT_CHANGES, changes(previous.get(), now, returnReason));
        }
        execution.removeVariable(Var.RETURN_REASON);
        execution.removeVariable(Var.PRODUCT_APPROVED);
    }

    /** Every submission of a task, oldest first. */
    public List<Submission> of(String taskCode) {
        return jdbc.query("select submitted_at, submitted_by, document_number, document_date, summary, link, file_names"
                + " from product_submission where task_code = ? order by submitted_at, id", (rs, n) -> new Submission(
                rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7) == null || rs.getString(7).isEmpty() ? List.of()
                        : Arrays.asList(rs.getString(7).split("\n"))), taskCode);
    }

    private Optional<Submission> latest(String taskCode) {
        List<Submission> all = of(taskCode);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private void insert(String taskCode, Submission s) {
        jdbc.update("insert into product_submission (task_code, submitted_at, submitted_by, document_number,"
                        + " document_date, summary, link, file_names) values (?,?,?,?,?,?,?,?)", taskCode,
                Timestamp.valueOf(s.at()), s.by(), cut(s.documentNumber(), 500), cut(s.documentDate(), 30),
                cut(s.summary(), 4000), cut(s.link(), 2000), cut(String.join("\n", s.fileNames()), 4000));
    }

    /** What the reviewer reads: the previous return reason, then each field that changed. */
    static String changes(Submission before, Submission now, String returnReason) {
        List<String> lines = new ArrayList<>();
        lines.add("Lần nộp trước (" + before.at().format(WHEN) + ")"
                + (returnReason == null ? "." : " bị trả lại vì: " + returnReason));
        changed(lines, "Số, ký hiệu văn bản", before.documentNumber(), now.documentNumber());
        changed(lines, "Ngày văn bản", before.documentDate(), now.documentDate());
        if (!Objects.equals(before.summary(), now.summary())) {
            lines.add("Tóm tắt sản phẩm: đã sửa.");
        }
        changed(lines, "Đường dẫn", before.link(), now.link());
        List<String> added = now.fileNames().stream().filter(f -> !before.fileNames().contains(f)).toList();
        if (!added.isEmpty()) {
            lines.add("Tệp mới: " + String.join(", ", added) + ".");
        }
        if (lines.size() == 1) {
            lines.add("Không có gì thay đổi so với lần nộp trước.");
        }
        return String.join("\n", lines);
    }

    private static void changed(List<String> lines, String label, String before, String now) {
        if (!Objects.equals(before, now)) {
            lines.add(label + ": " + shown(before) + " → " + shown(now) + ".");
        }
    }

    private static String shown(String value) {
        return value == null ? "(trống)" : value.matches("\\d{4}-\\d{2}-\\d{2}")
                ? value.substring(8) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4) : value;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** A product as submitted: when, by whom, its fields and the names of the files attached then. */
    public record Submission(LocalDateTime at, String by, String documentNumber, String documentDate, String summary,
                             String link, List<String> fileNames) {
    }
}
