package vn.giaoviec.yearend;

import static vn.giaoviec.yearend.PlanYearEndProcess.Var;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.engine.FormRows;

/**
 * The service tasks of bpmn/ket-thuc-nam-ke-hoach.bpmn: list the plan's unfinished tasks for the
 * decision form, then close the plan year with the decisions ({@link YearEndForm}, {@link PlanYearEnd}).
 * Bean names are the diagram's delegate expressions.
 */
@Configuration
class YearEndDelegates {

    private final PlanYearEnd yearEnd;
    private final YearEndForm form;

    YearEndDelegates(PlanYearEnd yearEnd, YearEndForm form) {
        this.yearEnd = yearEnd;
        this.form = form;
    }

    @Bean
    JavaDelegate unfinishedTasksDelegate() {
        return execution -> execution.setVariable(Var.UNFINISHED_TASKS,
                FormRows.toVariable(form.rows(yearEnd.unfinished(planId(execution)))));
    }

    /**
     * The leader's decisions, all or nothing: a row without a decision, or an unfinished task the form
     * did not list, refuses the completion with a Vietnamese message (HTTP 400 in Camunda REST), and
     * the decision task stays open with nothing changed.
     */
    @Bean
    JavaDelegate closePlanYearDelegate() {
        return execution -> {
            List<Map<String, Object>> rows = FormRows.read(execution.getVariable(Var.UNFINISHED_TASKS), YearEndForm.ROWS);
            String actor = CurrentActor.of(execution.getProcessEngineServices());
            try {
                Map<String, PlanYearEnd.Decision> decisions = YearEndForm.decisions(rows);
                execution.setVariable(Var.DECIDED_BY, actor);
                yearEnd.closeYear(planId(execution), decisions, null, actor);
            } catch (IllegalArgumentException e) {
                throw new FormFieldValidationException(Var.DECISION, e.getMessage());
            }
        };
    }

    private static long planId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Var.PLAN_ID)).longValue();
    }
}
