package vn.giaoviec.lifecycle.coordination;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.WorkingTime.Schedule;
import vn.giaoviec.engine.FormValues;
import vn.giaoviec.form.contract.FieldRule;
import vn.giaoviec.form.contract.FormRules;
import vn.giaoviec.form.contract.RuleContext;
import vn.giaoviec.lifecycle.PlanTaskProcess;

/**
 * A coordinating agency's due date: which dates a leader may give (after today, not after the task's
 * own due date) — in "Phân công xử lý" and later — and moving an open request to a new one. The request's variables and its user task
 * take the new date; then the diagram's "Đổi hạn gửi ý kiến" ends the request's clock, which starts
 * again and arms exactly the reminder and overdue timers of the new date (an overdue request's
 * escalation cycle ends with it).
 */
@Component
class ContributionDueDates implements FormRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ContributionClock clock;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    ContributionDueDates(ContributionClock clock, RuntimeService runtimeService, TaskService taskService) {
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** What is wrong with a contribution due date, in Vietnamese, or null when it may be given. */
    static String problem(LocalDate day, LocalDate today, LocalDate taskDueDate) {
        if (day == null) {
            return "Cần chọn hạn gửi ý kiến mới";
        }
        if (!day.isAfter(today)) {
            return "Hạn gửi ý kiến phối hợp phải sau hôm nay (" + DAY.format(today) + ")";
        }
        if (taskDueDate != null && day.isAfter(taskDueDate)) {
            return "Hạn gửi ý kiến phối hợp không được sau thời hạn của nhiệm vụ (" + DAY.format(taskDueDate) + ")";
        }
        return null;
    }

    /** The dates of "Phân công xử lý": the one for all agencies, and each agency's own. */
    @Override
    public Map<String, Map<String, FieldRule>> byForm() {
        return Map.of(PlanTaskProcess.ASSIGN, Map.of(
                Var.CONTRIBUTION_DUE_DATE, ContributionDueDates::contributionDueWithinTheTask,
                Var.CONTRIBUTION_DUE_DATES, ContributionDueDates::ownDatesOfChosenAgencies));
    }

    static void contributionDueWithinTheTask(Object date, RuleContext context) {
        String taskDue = context.text(Var.DUE_DATE);
        String problem = ContributionDueDates.problem((LocalDate) date, context.today(),
                taskDue == null ? null : LocalDate.parse(taskDue));
        if (problem != null) {
            throw FieldRule.refuse(problem);
        }
    }

    /** Each row: an agency chosen as coordinator (once), with a date it may be given. */
    static void ownDatesOfChosenAgencies(Object rows, RuleContext context) {
        Object sent = context.submitted(Var.COORDINATING_AGENCIES);
        Object chosen = sent != null ? sent : context.variable(Var.COORDINATING_AGENCIES);
        List<String> coordinators = chosen instanceof List<?> codes ? codes.stream().map(String::valueOf).toList() : List.of();
        String taskDue = context.text(Var.DUE_DATE);
        Set<String> seen = new HashSet<>();
        for (Object item : (List<?>) rows) {
            Map<?, ?> row = item instanceof Map<?, ?> m ? m : Map.of();
            String agency = String.valueOf(row.get(Var.ROW_AGENCY));
            String name = context.directory().nameOf(agency);
            if (!coordinators.contains(agency)) {
                throw FieldRule.refuse(name + " có hạn riêng nhưng chưa được chọn là cơ quan phối hợp");
            }
            if (!seen.add(agency)) {
                throw FieldRule.refuse(name + " có hai hạn riêng; hãy giữ một");
            }
            String problem = ContributionDueDates.problem(FormValues.date(row.get(Var.ROW_DUE_DATE)), context.today(),
                    taskDue == null ? null : LocalDate.parse(taskDue));
            if (problem != null) {
                throw FieldRule.refuse(name + ": " + Character.toLowerCase(problem.charAt(0)) + problem.substring(1));
            }
        }
    }

    /** The agency's open request (its user task) takes the new due date, and its clock starts again. */
    void move(Task request, String agency, LocalDate newDueDate) {
        String requestClock = requestClock(request.getProcessInstanceId(), agency);
        Schedule schedule = clock.of(newDueDate);
        Map<String, Object> local = new HashMap<>();
        local.put(Var.REQUEST_DUE_DATE, schedule.dueDate().toString());
        local.put(Var.REQUEST_DUE_AT, schedule.dueAt());
        local.put(Var.REQUEST_OVERDUE_AT, schedule.overdueAt());
        local.put(Var.REQUEST_REMINDER_AT, schedule.reminderAt());
        runtimeService.setVariablesLocal(requestScope(request.getProcessInstanceId(), agency), local);
        request.setDueDate(schedule.dueAt());
        taskService.saveTask(request);
        runtimeService.messageEventReceived(PlanTaskProcess.MESSAGE_CONTRIBUTION_DUE_DATE_CHANGED, requestClock);
    }

    /** The execution of the agency's request that holds its dates (set there as the request started). */
    private String requestScope(String processInstanceId, String agency) {
        return ofAgency(runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                .variableName(Var.REQUEST_DUE_DATE).list().stream().map(VariableInstance::getExecutionId), agency)
                .orElseThrow(() -> new IllegalStateException("No open request of " + agency));
    }

    /**
     * The execution of the agency's request clock that waits for "Đổi hạn gửi ý kiến"; a task started
     * on a diagram before the request had a clock of its own has none, and keeps its date.
     */
    private String requestClock(String processInstanceId, String agency) {
        return ofAgency(runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(PlanTaskProcess.MESSAGE_CONTRIBUTION_DUE_DATE_CHANGED).list().stream()
                .map(Execution::getId), agency)
                .orElseThrow(() -> new IllegalArgumentException("Nhiệm vụ này được giao theo phiên bản"
                        + " quy trình cũ, chưa đổi được hạn gửi ý kiến của từng cơ quan; hạn cũ vẫn giữ nguyên."));
    }

    /** The first of these executions that belongs to the agency's request. */
    private Optional<String> ofAgency(Stream<String> executions, String agency) {
        return executions.filter(execution -> agency.equals(runtimeService.getVariable(execution, Var.COORDINATING_AGENCY)))
                .findFirst();
    }
}
