package vn.giaoviec.yearend;

import static vn.giaoviec.yearend.PlanYearEndProcess.Var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.engine.FormRows;
import vn.giaoviec.register.RegisterEntry;

/**
 * The service tasks of bpmn/ket-thuc-nam-ke-hoach.bpmn: list the plan's unfinished tasks for the
 * decision form, then close the plan year with the decisions. Bean names are the diagram's delegate expressions.
 */
@Configuration
class YearEndDelegates {

    static final String ROWS = "Danh sách nhiệm vụ chưa hoàn thành";

    private final PlanYearEnd yearEnd;
    private final AgencyDirectory directory;

    YearEndDelegates(PlanYearEnd yearEnd, AgencyDirectory directory) {
        this.yearEnd = yearEnd;
        this.directory = directory;
    }

    @Bean
    JavaDelegate unfinishedTasksDelegate() {
        return execution -> execution.setVariable(Var.UNFINISHED_TASKS, FormRows.toVariable(
                yearEnd.unfinished(planId(execution)).stream().map(this::row).toList()));
    }

    /**
     * The leader's decisions, all or nothing: a row without a decision, or an unfinished task the form
     * did not list, refuses the completion with a Vietnamese message (HTTP 400 in Camunda REST), and
     * the decision task stays open with nothing changed.
     */
    @Bean
    JavaDelegate closePlanYearDelegate() {
        return execution -> {
            Map<String, PlanYearEnd.Decision> decisions = new LinkedHashMap<>();
            List<String> undecided = new ArrayList<>();
            for (Map<String, Object> row : FormRows.read(execution.getVariable(Var.UNFINISHED_TASKS), ROWS)) {
                String code = String.valueOf(row.get("taskCode"));
                PlanYearEnd.Decision decision = decision(row.get(Var.DECISION));
                if (decision == null) {
                    undecided.add(code);
                } else {
                    decisions.put(code, decision);
                }
            }
            if (!undecided.isEmpty()) {
                throw new FormFieldValidationException(Var.DECISION,
                        "Chưa chọn quyết định (chuyển sang năm sau hoặc đóng) cho nhiệm vụ: " + String.join(", ", undecided));
            }
            String actor = CurrentActor.of(execution.getProcessEngineServices());
            execution.setVariable(Var.DECIDED_BY, actor);
            try {
                yearEnd.closeYear(planId(execution), decisions, null, actor);
            } catch (IllegalArgumentException e) {
                throw new FormFieldValidationException(Var.DECISION, e.getMessage());
            }
        };
    }

    private Map<String, Object> row(RegisterEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("taskCode", entry.taskCode());
        row.put("title", entry.title());
        row.put("agencyName", directory.nameOf(entry.leadAgency()));
        row.put("dueDate", entry.dueDate() == null ? entry.deadlineText() : entry.dueDate().toString());
        row.put("statusLabel", entry.status().label());
        row.put(Var.DECISION, null);
        return row;
    }

    private static PlanYearEnd.Decision decision(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return PlanYearEnd.Decision.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long planId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Var.PLAN_ID)).longValue();
    }
}
