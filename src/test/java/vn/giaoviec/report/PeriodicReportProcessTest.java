package vn.giaoviec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.giaoviec.report.PeriodicReportProcess.Var;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giaoviec.milestone.MilestoneProcess;
import vn.giaoviec.milestone.MilestoneRegister;
import vn.giaoviec.register.TaskProgress;
import vn.giaoviec.register.TransitionKind;

/**
 * One test per path of bpmn/bao-cao-dinh-ky.bpmn (Quý I is due Thursday 20/03/2031, 6 tháng Friday
 * 20/06/2031, compiled five working days later): on time, returned, late and escalated, not written by
 * the compile date, written but approved after it, everyone on time, a whole year of progress, and the
 * milestones of a periodic task counted in the period they fall due.
 */
class PeriodicReportProcessTest extends ReportProcessTestSupport {

    @Autowired MilestoneRegister milestones;

    @Test
    void reportApprovedBeforeItsDueDateIsSubmittedOnTime() {
        ProcessInstance q1 = startReporting().get(0);
        assertThat(timer(q1, PeriodicReportProcess.EVENT_CUTOFF_REACHED).getDuedate())
                .isEqualTo(at(LocalDateTime.of(YEAR, 3, 15, 8, 0)));

        cutoffPasses(q1);
        assertThat(q1).hasPassed(PeriodicReportProcess.OPEN_REPORTS);
        assertThat(reportTasks(q1)).hasSize(3);
        assertThat(taskCodes(reportTask(q1, "snv"))).containsExactlyInAnyOrder(recurringSnv, eventSnv);
        assertThat(taskCodes(reportTask(q1, "stp"))).containsExactly(periodicStp);
        assertThat(taskCodes(reportTask(q1, "stc"))).containsExactly(datedStc);
        setClock(LocalDateTime.of(YEAR, 3, 16, 9, 0));
        reportAndApprove(q1, "snv");

        PeriodReport snv = reports.get(planId, "Q1", "snv");
        assertThat(snv.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(snv.onTime()).isTrue();
        assertThat(snv.submittedBy()).isEqualTo("snv-chuyenvien");
        assertThat(progressLog.of(recurringSnv)).extracting(TaskProgress::period).containsExactly("Q1");
        assertThat(q1).hasPassed(PeriodicReportProcess.RECORD);
    }

    @Test
    void returnedReportGoesBackToTheOfficerWithTheReason() {
        ProcessInstance q1 = startReporting().get(0);
        cutoffPasses(q1);
        setClock(LocalDateTime.of(YEAR, 3, 16, 9, 0));

        report(q1, "stp", "Q1");
        approve(q1, "stp", false);

        assertThat(reportTask(q1, "stp").getTaskDefinitionKey()).isEqualTo(PeriodicReportProcess.SUBMIT);
        assertThat(taskService.getVariable(reportTask(q1, "stp").getId(), Var.RETURN_REASON)).isEqualTo("Bổ sung số liệu");
        assertThat(reports.get(planId, "Q1", "stp").status()).isEqualTo(ReportStatus.PENDING);
        reportAndApprove(q1, "stp");
        assertThat(reports.get(planId, "Q1", "stp").onTime()).isTrue();
    }

    @Test
    void lateReportIsRemindedThenEscalatedOnceToTheChiefOfOffice() {
        ProcessInstance q1 = startReporting().get(0);
        cutoffPasses(q1);

        Job reminder = agencyTimer(q1, PeriodicReportProcess.EVENT_REMINDER, "stc");
        assertThat(reminder.getDuedate()).isEqualTo(at(LocalDateTime.of(YEAR, 3, 17, 8, 0)));
        fire(reminder);
        fire(agencyTimer(q1, PeriodicReportProcess.EVENT_OVERDUE, "stc"));
        assertThat(taskService.createTaskQuery().processInstanceId(q1.getId())
                .taskDefinitionKey(PeriodicReportProcess.URGE).taskCandidateGroup("chanh-van-phong").count()).isOne();
        reportAndApprove(q1, "stc");

        assertThat(openTasks(q1, PeriodicReportProcess.URGE)).as("urge ends with the report").isEmpty();
        PeriodReport stc = reports.get(planId, "Q1", "stc");
        assertThat(stc.onTime()).isFalse();
        assertThat(stc.timeliness()).isEqualTo("Chậm");
        assertThat(stc.escalated()).isTrue();
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(q1.getId())
                .activityId(PeriodicReportProcess.MARK_OVERDUE).count()).as("one escalation").isOne();
    }

    @Test
    void reportNotWrittenByTheCompileDateCountsAsNotReported() {
        ProcessInstance h1 = startReporting().get(1);
        setClock(LocalDateTime.of(YEAR, 6, 15, 9, 0));
        cutoffPasses(h1);
        reportAndApprove(h1, "snv");
        reportAndApprove(h1, "stp");
        fire(agencyTimer(h1, PeriodicReportProcess.EVENT_OVERDUE, "stc"));

        compileDateArrives(h1);

        assertThat(h1).isWaitingAt(PeriodicReportProcess.COMPILE);
        assertThat(openTasks(h1, PeriodicReportProcess.SUBMIT)).isEmpty();
        assertThat(openTasks(h1, PeriodicReportProcess.URGE)).isEmpty();
        assertThat(reports.get(planId, "H1", "stc").status()).isEqualTo(ReportStatus.MISSING);
        assertThat(variable(h1, Var.MISSING_COUNT)).isEqualTo(1L);
        assertThat(variable(h1, Var.REPORTED_COUNT)).isEqualTo(2L);
        compileAndAcknowledge(h1);
        assertThat(h1).isEnded();
    }

    @Test
    void reportAwaitingApprovalAtTheCompileDateCountsLateWhenApproved() {
        ProcessInstance h1 = startReporting().get(1);
        setClock(LocalDateTime.of(YEAR, 6, 15, 9, 0));
        cutoffPasses(h1);
        reportAndApprove(h1, "snv");
        reportAndApprove(h1, "stp");
        report(h1, "stc", "H1");

        compileDateArrives(h1);

        assertThat(h1).isWaitingAt(PeriodicReportProcess.COMPILE, PeriodicReportProcess.APPROVE);
        assertThat(reports.get(planId, "H1", "stc").status()).isEqualTo(ReportStatus.AWAITING_APPROVAL);
        assertThat(variable(h1, Var.MISSING_COUNT)).isEqualTo(0L);
        approve(h1, "stc", true);
        PeriodReport stc = reports.get(planId, "H1", "stc");
        assertThat(stc.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(stc.onTime()).isFalse();
        assertThat(progressLog.of(datedStc)).extracting(TaskProgress::period).containsExactly("H1");
        compileAndAcknowledge(h1);
        assertThat(h1).isEnded();
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(h1.getId())
                .activityId(PeriodicReportProcess.COMPILE).count()).as("compiled once").isOne();
    }

    @Test
    void everyAgencyOnTimeIsCompiledAtOnceAndAcknowledgedByTheOffice() {
        ProcessInstance q3 = startReporting().get(2);
        cutoffPasses(q3);
        setClock(LocalDateTime.of(YEAR, 9, 16, 9, 0));
        List.of("snv", "stp", "stc").forEach(agency -> reportAndApprove(q3, agency));

        assertThat(q3).isWaitingAt(PeriodicReportProcess.COMPILE);
        assertThat(variable(q3, Var.REPORTED_COUNT)).isEqualTo(3L);
        assertThat(variable(q3, Var.LATE_COUNT)).isEqualTo(0L);
        compileAndAcknowledge(q3);
        assertThat(q3).isEnded().hasPassed(PeriodicReportProcess.END);
        assertThat(managementService.createJobQuery().processInstanceId(q3.getId()).count()).isZero();
    }

    @Test
    void everyPeriodAddsTheProgressOfEachReportedTaskToItsHistory() {
        List<ProcessInstance> periods = startReporting();
        assertThat(periods).hasSize(4);
        for (ProcessInstance period : periods) {
            cutoffPasses(period);
            List.of("snv", "stp", "stc").forEach(agency -> reportAndApprove(period, agency));
            compileAndAcknowledge(period);
        }

        List<TaskProgress> snvProgress = progressLog.of(recurringSnv);
        assertThat(snvProgress).extracting(TaskProgress::period).containsExactly("Q1", "H1", "Q3", "YEAR");
        assertThat(snvProgress).extracting(TaskProgress::text).doesNotHaveDuplicates();
        assertThat(progressLog.of(periodicStp)).extracting(TaskProgress::period).containsExactly("Q1", "H1", "Q3", "YEAR");
        assertThat(register.transitions(recurringSnv)).filteredOn(t -> t.kind() == TransitionKind.PROGRESS_REPORTED)
                .hasSize(4);
        assertThat(reports.ofPlan(planId)).hasSize(12);
    }

    @Test
    void milestonesDueInThePeriodAreCountedForTheirAgency() {
        ProcessInstance h1 = startReporting().get(1);
        // Sở Tư pháp's "Theo định kỳ" task: its Quý I milestone (20/03) reported on time, its 6-month one (20/06) never
        setClock(LocalDateTime.of(YEAR, 3, 10, 9, 0));
        String firstMilestone = milestones.get(periodicStp, 1).processInstanceId();
        completeAs("stp-chuyenvien", taskService.createTaskQuery().processInstanceId(firstMilestone).singleResult(),
                Map.of(MilestoneProcess.Var.RESULT, "Đã báo cáo kết quả quý I"));
        setClock(LocalDateTime.of(YEAR, 6, 15, 9, 0));
        cutoffPasses(h1);
        reportAndApprove(h1, "snv");
        reportAndApprove(h1, "stp");

        compileDateArrives(h1);

        Map<String, Object> stp = ProgressItems.read(runtimeService.getVariable(h1.getId(), Var.AGENCY_FIGURES))
                .stream().filter(row -> "stp".equals(row.get("agency"))).findFirst().orElseThrow();
        assertThat(stp).extractingByKeys("milestoneCount", "milestoneOnTimeCount", "milestoneLateCount",
                "milestoneNotDoneCount").map(v -> ((Number) v).longValue()).containsExactly(2L, 1L, 0L, 1L);
        Map<String, Object> stc = ProgressItems.read(runtimeService.getVariable(h1.getId(), Var.AGENCY_FIGURES))
                .stream().filter(row -> "stc".equals(row.get("agency"))).findFirst().orElseThrow();
        assertThat(((Number) stc.get("milestoneCount")).longValue()).as("a dated task has no milestones").isZero();
    }

    /** Both timers of the compile date: the period's, and each agency's still writing its report. */
    private void compileDateArrives(ProcessInstance period) {
        Job compile = timer(period, PeriodicReportProcess.EVENT_COMPILE_DATE);
        assertThat(compile.getDuedate()).isEqualTo(at(LocalDateTime.of(YEAR, 6, 27, 8, 0)));
        fire(compile);
        managementService.createJobQuery().processInstanceId(period.getId())
                .activityId(PeriodicReportProcess.EVENT_REPORT_MISSED).timers().list().forEach(this::fire);
    }
}
