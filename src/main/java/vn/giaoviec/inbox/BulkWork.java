package vn.giaoviec.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.PlanTaskProcess.Var;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.work.Work;
import vn.giaoviec.work.WorkException;
import vn.giaoviec.work.WorkItems;

/**
 * The same decision on many tasks at once, each completed on its own — its own transaction, its own
 * record in the register — so one refusal does not undo the others: the Chánh Văn phòng urges or asks
 * for explanations on overdue tasks, a leader assigns several tasks to one officer.
 */
@Service
class BulkWork {

    static final int MAX_AT_ONCE = 100;

    private final WorkItems work;
    private final TaskRegister register;

    BulkWork(WorkItems work, TaskRegister register) {
        this.work = work;
        this.register = register;
    }

    Outcome urge(UserAccess user, List<String> workIds, String note) {
        if (note == null || note.isBlank()) {
            return Outcome.refused("Cần ghi nội dung đôn đốc.");
        }
        return each(user, workIds, PlanTaskProcess.HANDLE_OVERDUE, entry -> Map.of(
                Var.OVERDUE_ACTION, PlanTaskProcess.ACTION_URGE, Var.URGE_NOTE, note.strip()));
    }

    Outcome askForExplanations(UserAccess user, List<String> workIds, String note) {
        return each(user, workIds, PlanTaskProcess.HANDLE_OVERDUE, entry -> note == null || note.isBlank()
                ? Map.of(Var.OVERDUE_ACTION, PlanTaskProcess.ACTION_EXPLAIN)
                : Map.of(Var.OVERDUE_ACTION, PlanTaskProcess.ACTION_EXPLAIN, Var.DECISION_NOTE, note.strip()));
    }

    Outcome assign(UserAccess user, List<String> workIds, String officer, String note) {
        if (officer == null || officer.isBlank()) {
            return Outcome.refused("Cần chọn chuyên viên xử lý.");
        }
        // whether the officer may take each task is the form contract's rule (an officer of its lead agency)
        return each(user, workIds, PlanTaskProcess.ASSIGN, entry -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(Var.OFFICER, officer);
            if (note != null && !note.isBlank()) {
                values.put(Var.ASSIGNMENT_NOTE, note.strip());
            }
            return values;
        });
    }

    private Outcome each(UserAccess user, List<String> workIds, String step, Values values) {
        if (workIds == null || workIds.isEmpty()) {
            return Outcome.refused("Chưa chọn nhiệm vụ nào.");
        }
        if (workIds.size() > MAX_AT_ONCE) {
            return Outcome.refused("Mỗi lần xử lý tối đa " + MAX_AT_ONCE + " nhiệm vụ.");
        }
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String id : workIds.stream().distinct().toList()) {
            Work item = work.find(id, user).filter(w -> step.equals(w.stepKey())).orElse(null);
            RegisterEntry entry = item == null ? null : register.findByProcessInstance(item.processInstanceId()).orElse(null);
            if (entry == null) {
                failed.add("Một việc đã chọn không còn chờ bạn xử lý (có thể người khác vừa xử lý).");
                continue;
            }
            try {
                work.complete(id, user, values.of(entry));
                done.add(entry.taskCode());
            } catch (WorkException e) {
                String problems = String.join("; ", e.problems());
                // a refused form says what was wrong; the user also needs to know this task was left as it was
                failed.add(entry.taskCode() + ": " + problems + (e.formRefused() ? ". Không có gì được ghi cho việc này." : ""));
            }
        }
        return new Outcome(done, failed);
    }

    /** The form values for one task. */
    @FunctionalInterface
    private interface Values {
        Map<String, Object> of(RegisterEntry entry);
    }

    /** The codes of the tasks done, and a sentence for each that was not. */
    record Outcome(List<String> done, List<String> failed) {

        static Outcome refused(String reason) {
            return new Outcome(List.of(), List.of(reason));
        }
    }
}
