package vn.giaoviec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.yearend.PlanYearEnd;

/**
 * When a plan's reporting runs: only for periods the plan lived through, once, and never after the
 * plan's year has ended.
 */
class ReportingLifetimeTest extends ReportProcessTestSupport {

    @Autowired PlanYearEnd yearEnd;

    @Test
    void periodsThatEndedBeforeThePlanWasImportedAreNotStarted() {
        setClock(LocalDateTime.of(YEAR, 7, 1, 9, 0));
        planId = insertPlan(YEAR, LocalDateTime.of(YEAR, 7, 1, 9, 0));
        issue("stp", "Quý IV/" + YEAR, LocalDate.of(YEAR, 12, 31));

        List<ProcessInstance> started = startReporting();

        assertThat(started).extracting(ProcessInstance::getBusinessKey)
                .containsExactly("BC-KH" + planId + "-Q3", "BC-KH" + planId + "-YEAR");
        assertThat(starter.notApplicable(plans.get(planId))).extracting(ReportingProperties.Period::code)
                .containsExactly("Q1", "H1");
        setClock(LocalDateTime.of(YEAR, 7, 20, 9, 0));
        managementService.createJobQuery().timers().duedateLowerThan(at(LocalDateTime.of(YEAR, 7, 20, 9, 0)))
                .list().stream().filter(j -> started.stream().anyMatch(p -> p.getId().equals(j.getProcessInstanceId())))
                .forEach(this::fire);
        assertThat(reports.ofPlan(planId)).isEmpty();
    }

    @Test
    void reportingStartsOnceAndNotOnAClosedPlan() {
        startReporting();
        assertThatThrownBy(this::startReporting).isInstanceOf(ReportingConflictException.class)
                .hasMessage("Kế hoạch số " + planId + " đã bắt đầu báo cáo định kỳ; không bắt đầu lần nữa");

        long other = insertPlan(YEAR, LocalDateTime.of(YEAR, 1, 2, 9, 0));
        yearEnd.close(other, Map.of(), null, "snv-lanhdao");
        assertThatThrownBy(() -> starter.start(plans.get(other))).isInstanceOf(ReportingConflictException.class)
                .hasMessage("Kế hoạch số " + other + " đã kết thúc năm kế hoạch; không bắt đầu báo cáo định kỳ");
    }

    @Test
    void closingThePlanYearStopsItsReportProcesses() {
        List<ProcessInstance> periods = startReporting();
        cutoffPasses(periods.get(0));
        assertThat(reportTasks(periods.get(0))).hasSize(3);

        Map<String, PlanYearEnd.Decision> closeAll = yearEnd.unfinished(planId).stream()
                .collect(Collectors.toMap(RegisterEntry::taskCode, e -> PlanYearEnd.Decision.CLOSE));
        yearEnd.close(planId, closeAll, null, "snv-lanhdao");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
                .processInstanceBusinessKeyLike("BC-KH" + planId + "-%").count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceIdIn(
                periods.stream().map(ProcessInstance::getId).toArray(String[]::new)).count()).isZero();
        assertThat(reports.ofPlan(planId)).extracting(PeriodReport::status).containsOnly(ReportStatus.STOPPED);
    }
}
