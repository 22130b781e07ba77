package vn.giaoviec.lifecycle;

import static vn.giaoviec.lifecycle.PlanTaskProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.WorkingTime;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TransitionKind;

/**
 * Where an escalation is raised: overdue → told → next cycle, for a task (to the Chánh Văn phòng) and
 * for a coordinating agency's request (to the lead agency's leader). The diagram decides when (its
 * timers ask {@link #nextEscalationAt} and {@link #nextCycleAt}); this says what an escalation records.
 */
@Component("escalation")
public class Escalation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TaskRegister register;
    private final WorkingTime workingTime;
    private final LifecycleProperties properties;
    private final AgencyDirectory directory;

    public Escalation(TaskRegister register, WorkingTime workingTime, LifecycleProperties properties,
                      AgencyDirectory directory) {
        this.register = register;
        this.workingTime = workingTime;
        this.properties = properties;
        this.directory = directory;
    }

    /** The task is overdue, or its escalation was left a whole cycle: it goes to the Chánh Văn phòng (once more). */
    public void taskOverdue(String taskCode) {
        register.markOverdue(taskCode);
    }

    /** A coordinating agency has not contributed by its due date: its lead agency's leader is told (again). */
    public void contributionOverdue(String taskCode, String agency, LocalDate dueDate) {
        register.record(taskCode, TransitionKind.CONTRIBUTION_OVERDUE, null,
                "Cơ quan phối hợp " + directory.nameOf(agency) + " chưa gửi ý kiến, quá hạn " + DAY.format(dueDate));
    }

    /** When an overdue task escalates again: one cycle from today, never before the task is overdue. */
    public Date nextEscalationAt(DelegateExecution execution) {
        Date overdueAt = (Date) execution.getVariable(Var.OVERDUE_AT);
        Date next = nextCycleAt();
        return next.after(overdueAt) ? next : overdueAt;
    }

    /** 08:00, one escalation cycle of working days from today. */
    public Date nextCycleAt() {
        return workingTime.startOfWorkingDaysFromToday(properties.escalationCycleWorkingDays());
    }
}
