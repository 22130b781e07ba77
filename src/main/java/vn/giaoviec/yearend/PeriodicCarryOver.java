package vn.giaoviec.yearend;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.DeadlineSchedule;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.PlanTaskProcess.Var;
import vn.giaoviec.milestone.MilestoneLauncher;
import vn.giaoviec.register.RegisterEntry;

/**
 * Recurring work ("Định kỳ hằng quý", "Theo định kỳ") carried over into the next plan year goes on
 * through that year: it is due at that year's end — its lifecycle's clock starts again with the new date
 * (the message {@value PlanTaskProcess#MESSAGE_CARRIED_OVER}, recorded as a new due date) — and it gets
 * that year's periods as milestones, numbered on after the ones it has. Its last year's milestones stay
 * as they are: one not reported is still owed. Work with one due date keeps its date when carried over.
 */
@Service
class PeriodicCarryOver {

    static final String NOTE = "Việc định kỳ chuyển sang kế hoạch năm %d, thực hiện đến hết năm";

    private final RuntimeService runtimeService;
    private final DeadlineSchedule schedule;
    private final MilestoneLauncher milestones;
    private final AgencyDirectory directory;

    PeriodicCarryOver(RuntimeService runtimeService, DeadlineSchedule schedule, MilestoneLauncher milestones,
                      AgencyDirectory directory) {
        this.runtimeService = runtimeService;
        this.schedule = schedule;
        this.milestones = milestones;
        this.directory = directory;
    }

    static boolean applies(RegisterEntry entry) {
        return entry.deadlineKind() == DeadlineKind.PERIODIC && entry.processInstanceId() != null;
    }

    /** The task, just moved to a plan of {@code year}, runs to that year's end with that year's periods. */
    void continueInto(RegisterEntry entry, int year, String actor) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (entry.dueDate() != null && !schedule.of(yearEnd).dueDate().isAfter(entry.dueDate())) {
            return; // already due in that year or later
        }
        boolean clockRunning = runtimeService.createEventSubscriptionQuery()
                .processInstanceId(entry.processInstanceId()).eventName(PlanTaskProcess.MESSAGE_CARRIED_OVER).count() > 0;
        if (clockRunning) {
            runtimeService.createMessageCorrelation(PlanTaskProcess.MESSAGE_CARRIED_OVER)
                    .processInstanceId(entry.processInstanceId())
                    .setVariableLocal(Var.NEW_DUE_DATE, yearEnd.toString())
                    .setVariableLocal(Var.DECISION_NOTE, NOTE.formatted(year))
                    .setVariableLocal(Var.DUE_DATE_SET_BY, actor)
                    .correlate();
        }
        milestones.continueInto(new MilestoneLauncher.IssuedTask(entry.taskCode(), entry.title(), entry.leadAgency(),
                directory.nameOf(entry.leadAgency()), entry.deadlineText(), yearEnd), schedule::of);
    }
}
