package vn.giaoviec.milestone;

import static vn.giaoviec.milestone.MilestoneProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giaoviec.engine.CurrentActor;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TransitionKind;

/**
 * The service tasks of bpmn/moc-thuc-hien.bpmn: each writes the milestone's row and a line of the
 * task's history (which also notifies, as the task's own reminders and escalations do).
 */
@Configuration
class MilestoneDelegates {

    private final MilestoneRegister milestones;
    private final TaskRegister register;

    MilestoneDelegates(MilestoneRegister milestones, TaskRegister register) {
        this.milestones = milestones;
        this.register = register;
    }

    @Bean
    JavaDelegate milestoneReportedDelegate() {
        return execution -> {
            Milestone done = milestones.reported(code(execution), seq(execution), CurrentActor.of(execution.getProcessEngineServices()),
                    (String) execution.getVariable(Var.RESULT), (String) execution.getVariable(Var.LINK));
            register.record(done.taskCode(), TransitionKind.MILESTONE_REPORTED, done.reportedBy(),
                    "Mốc " + done.label() + " (" + done.status().label().toLowerCase() + "): " + done.resultText());
        };
    }

    @Bean
    JavaDelegate milestoneReminderDelegate() {
        return execution -> register.record(code(execution), TransitionKind.REMINDED, null,
                "Mốc " + execution.getVariable(Var.LABEL) + " đến hạn ngày " + execution.getVariable(Var.MILESTONE_DUE_DATE));
    }

    @Bean
    JavaDelegate milestoneOverdueDelegate() {
        return execution -> {
            milestones.markOverdue(code(execution), seq(execution));
            register.record(code(execution), TransitionKind.ESCALATED, null, "Mốc " + execution.getVariable(Var.LABEL)
                    + " quá hạn (" + execution.getVariable(Var.MILESTONE_DUE_DATE) + "), chưa báo cáo kết quả");
        };
    }

    @Bean
    JavaDelegate milestoneUrgeDelegate() {
        return execution -> register.record(code(execution), TransitionKind.URGED, CurrentActor.of(execution.getProcessEngineServices()),
                "Mốc " + execution.getVariable(Var.LABEL) + ": " + execution.getVariable(Var.URGE_NOTE));
    }

    private static String code(DelegateExecution execution) {
        return (String) execution.getVariable(Var.TASK_CODE);
    }

    private static int seq(DelegateExecution execution) {
        return ((Number) execution.getVariable(Var.SEQ)).intValue();
    }
}
