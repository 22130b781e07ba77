package vn.giaoviec.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;

/**
 * One test per path of bpmn/moc-thuc-hien.bpmn, for Sở Tư pháp's task "Quý II, III năm 2031"
 * (Quý II due Monday 30/06/2031, Quý III Tuesday 30/09/2031) issued on 02/01/2031: reported on time,
 * reminded five working days before (23/06), overdue and urged then reported late, the next milestone opening after the first's
 * date, and the task's withdrawal ending its open milestones. Also "Định kỳ hằng quý" as four.
 */
@SpringBootTest
@ActiveProfiles("test")
class MilestoneProcessTest extends LifecycleTestSupport {

    @Autowired ProcessEngine processEngine;
    @Autowired MilestoneRegister milestones;

    String code;

    @BeforeEach
    void issue() {
        BpmnAwareTests.init(processEngine);
        setClock(LocalDateTime.of(2031, 1, 2, 9, 0));
        code = issue("Quý II, III năm 2031", LocalDate.of(2031, 9, 30), DeadlineKind.MULTIPLE);
    }

    /** The context serves other test classes: the processes started here end here. */
    @AfterEach
    void endWhatWasStarted() {
        ClockUtil.reset();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("M-%").list()
                .forEach(i -> runtimeService.deleteProcessInstance(i.getId(), "Kết thúc kiểm thử", true, true));
    }

    @Test
    void theTaskHasOneMilestonePerQuarterAndOnlyTheFirstIsOpen() {
        assertThat(milestones.of(code)).extracting(Milestone::label, Milestone::dueDateShown, Milestone::status)
                .containsExactly(tuple("Quý II/2031", "30/06/2031", MilestoneStatus.PENDING),
                        tuple("Quý III/2031", "30/09/2031", MilestoneStatus.PENDING));
        assertThat(register.get(code).dueDate()).as("the task keeps its last date").isEqualTo(LocalDate.of(2031, 9, 30));
        Task first = reportTask(1);
        assertThat(first).hasCandidateGroup("stp");
        assertThat(first.getDueDate()).isEqualTo(at(LocalDateTime.of(2031, 6, 30, 23, 59, 59)));
        assertThat(instance(2)).isWaitingAt(MilestoneProcess.EVENT_OPENS);
        assertThat(timer(2, MilestoneProcess.EVENT_OPENS).getDuedate()).isEqualTo(at(LocalDateTime.of(2031, 7, 1, 8, 0)));
    }

    @Test
    void milestoneReportedBeforeItsDateIsDoneOnTime() {
        setClock(LocalDateTime.of(2031, 6, 10, 9, 0));
        ProcessInstance first = instance(1);
        completeAs("stp-chuyenvien", reportTask(1), Map.of(MilestoneProcess.Var.RESULT, "Đã ban hành 3 văn bản",
                MilestoneProcess.Var.LINK, "45/BC-STP"));

        Milestone done = milestones.get(code, 1);
        assertThat(done.status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(done.reportedBy()).isEqualTo("stp-chuyenvien");
        assertThat(done.resultText()).isEqualTo("Đã ban hành 3 văn bản");
        assertThat(done.resultLink()).isEqualTo("45/BC-STP");
        assertThat(first).isEnded().hasPassed(MilestoneProcess.RECORD, MilestoneProcess.END_DONE);
        assertThat(register.transitions(code)).extracting(Transition::kind, Transition::note).contains(
                tuple(TransitionKind.MILESTONE_REPORTED,
                        "Mốc Quý II/2031 (đã báo cáo đúng hạn): Đã ban hành 3 văn bản"));
        assertThat(milestones.get(code, 2).status()).isEqualTo(MilestoneStatus.PENDING);
    }

    @Test
    void lateMilestoneIsRemindedThenEscalatedToTheChiefAndReportedLate() {
        Job reminder = timer(1, MilestoneProcess.EVENT_REMINDER);
        assertThat(reminder.getDuedate()).isEqualTo(at(LocalDateTime.of(2031, 6, 23, 8, 0)));
        fire(reminder);
        fire(timer(1, MilestoneProcess.EVENT_OVERDUE));

        Task urge = openTask(1, MilestoneProcess.URGE);
        assertThat(urge).hasCandidateGroup("chanh-van-phong");
        assertThat(milestones.get(code, 1).overdue()).isTrue();
        assertThat(register.transitions(code)).extracting(Transition::kind)
                .contains(TransitionKind.REMINDED, TransitionKind.ESCALATED);
        ProcessInstance first = instance(1);
        completeAs("stp-chuyenvien", reportTask(1), Map.of(MilestoneProcess.Var.RESULT, "Báo cáo muộn"));

        assertThat(milestones.get(code, 1).status()).isEqualTo(MilestoneStatus.DONE_LATE);
        assertThat(first).as("the urge ends with the report").isEnded();
    }

    @Test
    void theChiefUrgesAnOverdueMilestoneAndItStaysOpen() {
        fire(timer(1, MilestoneProcess.EVENT_OVERDUE));
        completeAs("chanhvanphong", openTask(1, MilestoneProcess.URGE),
                Map.of(MilestoneProcess.Var.URGE_NOTE, "Đề nghị báo cáo trước 05/07"));

        assertThat(register.transitions(code)).extracting(Transition::kind, Transition::note).contains(
                tuple(TransitionKind.URGED, "Mốc Quý II/2031: Đề nghị báo cáo trước 05/07"));
        assertThat(instance(1)).isWaitingAt(MilestoneProcess.REPORT).hasPassed(MilestoneProcess.RECORD_URGE);

        // still not reported one cycle later: the Chánh Văn phòng is given the milestone again
        fire(timer(1, MilestoneProcess.EVENT_URGE_CYCLE));
        assertThat(openTask(1, MilestoneProcess.URGE)).hasCandidateGroup("chanh-van-phong");
        assertThat(register.transitions(code)).filteredOn(t -> t.kind() == TransitionKind.ESCALATED).hasSize(2);

        // the report ends the milestone with its escalation, timers and all
        ProcessInstance first = instance(1);
        completeAs("stp-chuyenvien", reportTask(1), Map.of(MilestoneProcess.Var.RESULT, "Báo cáo muộn"));
        assertThat(first).isEnded();
        assertThat(managementService.createJobQuery().processInstanceId(milestones.get(code, 1).processInstanceId())
                .count()).isZero();
    }

    @Test
    void anUrgeTheChiefLeavesUndoneIsDueInOneCycleAndThenTheMilestoneEscalatesAgain() {
        fire(timer(1, MilestoneProcess.EVENT_OVERDUE));
        Task urge = openTask(1, MilestoneProcess.URGE);
        Job ignored = timer(1, MilestoneProcess.EVENT_URGE_IGNORED);
        assertThat(urge.getDueDate()).as("the urge is due in one escalation cycle").isNotNull()
                .isEqualTo(ignored.getDuedate()).isAfter(ClockUtil.getCurrentTime());

        fire(ignored);

        Task again = openTask(1, MilestoneProcess.URGE);
        assertThat(again.getId()).isNotEqualTo(urge.getId());
        assertThat(again.getDueDate()).isAfter(urge.getDueDate());
        assertThat(register.transitions(code)).filteredOn(t -> t.kind() == TransitionKind.ESCALATED).hasSize(2);
        assertThat(managementService.createJobQuery().processInstanceId(milestones.get(code, 1).processInstanceId())
                .activityId(MilestoneProcess.EVENT_URGE_IGNORED).count()).as("one clock for the new urge").isOne();
    }

    @Test
    void theNextMilestoneOpensTheDayAfterThePreviousDate() {
        fire(timer(2, MilestoneProcess.EVENT_OPENS));

        Task second = reportTask(2);
        assertThat(second).hasCandidateGroup("stp");
        assertThat(taskService.getVariable(second.getId(), MilestoneProcess.Var.LABEL)).isEqualTo("Quý III/2031");
    }

    @Test
    void withdrawingTheTaskEndsItsOpenMilestones() {
        setClock(LocalDateTime.of(2031, 7, 15, 9, 0));
        runtimeService.createMessageCorrelation(PlanTaskProcess.MESSAGE_WITHDRAWN).processInstanceBusinessKey(code)
                .setVariables(Map.of(PlanTaskProcess.Var.WITHDRAWAL_REASON, "Không còn phù hợp",
                        PlanTaskProcess.Var.WITHDRAWN_BY, "vpubnd-lanhdao"))
                .correlate();

        assertThat(milestones.of(code)).extracting(Milestone::status)
                .containsExactly(MilestoneStatus.NOT_DONE, MilestoneStatus.STOPPED);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MilestoneProcess.KEY)
                .processInstanceBusinessKeyLike(code + "/%").count()).isZero();
    }

    @Test
    void quarterlyWorkHasFourMilestonesAndTheTaskIsDueAtTheYearEnd() {
        String quarterly = issue("Định kỳ hằng quý", LocalDate.of(2031, 12, 31), DeadlineKind.PERIODIC);

        assertThat(milestones.of(quarterly)).extracting(Milestone::label)
                .containsExactly("Quý I/2031", "Quý II/2031", "Quý III/2031", "Quý IV/2031");
        assertThat(milestones.of(quarterly)).extracting(Milestone::dueDateShown)
                .containsExactly("31/03/2031", "30/06/2031", "30/09/2031", "31/12/2031");
        assertThat(register.get(quarterly).dueDate()).isEqualTo(LocalDate.of(2031, 12, 31));
    }

    String issue(String deadline, LocalDate due, DeadlineKind kind) {
        String taskCode = "M-" + UUID.randomUUID().toString().substring(0, 8);
        launcher.start(new NewTask(taskCode, null, null, null, "Nhiệm vụ " + deadline, "I", "stp", List.of(),
                "Báo cáo", deadline, due, kind), "demo");
        return taskCode;
    }

    ProcessInstance instance(int seq) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(milestones.get(code, seq).processInstanceId()).singleResult();
    }

    Task reportTask(int seq) {
        return openTask(seq, MilestoneProcess.REPORT);
    }

    Task openTask(int seq, String activity) {
        return taskService.createTaskQuery().processInstanceId(milestones.get(code, seq).processInstanceId())
                .taskDefinitionKey(activity).singleResult();
    }

    Job timer(int seq, String activity) {
        return managementService.createJobQuery().processInstanceId(milestones.get(code, seq).processInstanceId())
                .activityId(activity).timers().singleResult();
    }

    /** Runs the job at its due date, never moving the clock back (a milestone's timers are set from the clock). */
    @Override
    protected void fire(Job job) {
        if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        }
        managementService.executeJob(job.getId());
    }



}
