package vn.giaoviec.milestone;

import static vn.giaoviec.milestone.MilestoneProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Service;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.calendar.WorkingTime;
import vn.giaoviec.calendar.WorkingTime.Schedule;
import vn.giaoviec.deadline.Deadline;
import vn.giaoviec.deadline.DeadlineParser;
import vn.giaoviec.engine.ScheduleVariables;

/**
 * Gives an issued task its milestones: stores each and starts its process (bpmn/moc-thuc-hien.bpmn),
 * in the caller's transaction. All are started at once, each waiting on a timer until its turn (the
 * day after the previous milestone's date): the dates are known when the task is issued, closing the
 * task finds every milestone's process by itself, and no job has to remember to start the next one.
 */
@Service
public class MilestoneLauncher {

    /** Tasks whose milestones start per engine command, as TaskLauncher's chunks (docs/benchmarks.md). */
    static final int CHUNK = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final DeadlineParser parser;
    private final ReportingCalendar reporting;
    private final MilestoneRegister milestones;
    private final RuntimeService runtimeService;
    private final ProvinceClock clock;
    private final MilestoneDerivation derivation = new MilestoneDerivation();
    private final CommandExecutor commandExecutor;

    public MilestoneLauncher(DeadlineParser parser, ReportingCalendar reporting, MilestoneRegister milestones,
                             ProcessEngine processEngine, ProvinceClock clock) {
        this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.parser = parser;
        this.reporting = reporting;
        this.milestones = milestones;
        this.runtimeService = processEngine.getRuntimeService();
        this.clock = clock;
    }

    /**
     * An issued task, as its milestones need it. {@code dueDate}'s year is the plan's: the launch
     * gives periodic work the plan year's end, and a phrase without a year takes it.
     */
    public record IssuedTask(String taskCode, String title, String leadAgency, String leadAgencyName,
                             String deadlineText, LocalDate dueDate) {
    }

    /** What the task's phrase states, with the dates the lifecycle's schedule moves to working days. */
    public List<PlannedMilestone> plan(String deadlineText, int planYear) {
        Deadline deadline = parser.parse(deadlineText, planYear);
        return derivation.derive(deadline, planYear, reporting.periodsOf(planYear));
    }

    /** "4 mốc: 31/03, 30/06, 30/09, 31/12" as the plan's preview shows a row; empty for one date. */
    public String summary(String deadlineText, int planYear) {
        List<PlannedMilestone> planned = plan(deadlineText, planYear);
        return planned.isEmpty() ? "" : planned.size() + " mốc: " + String.join(", ", planned.stream()
                .map(m -> m.dueDate().getYear() == planYear ? DAY_MONTH.format(m.dueDate()) : DAY.format(m.dueDate()))
                .toList());
    }

    /**
     * Starts and stores the milestones of each task; returns how many. As the tasks themselves, the
     * processes of {@value #CHUNK} tasks start in one engine command (one flush, JDBC batches) and their
     * rows are written in one batch.
     */
    public int launch(List<IssuedTask> tasks, Function<LocalDate, Schedule> schedule) {
        int started = 0;
        for (int from = 0; from < tasks.size(); from += CHUNK) {
            List<IssuedTask> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
            List<MilestoneRegister.Started> rows = commandExecutor.execute(context -> startAll(chunk, schedule, 0,
                    clock.now()));
            milestones.insertAll(rows);
            started += rows.size();
        }
        return started;
    }

    /**
     * Recurring work carried over into {@code task.dueDate()}'s year: that year's milestones, numbered on
     * after the ones it has, the first opening the day after the last one it has; returns how many.
     */
    public int continueInto(IssuedTask task, Function<LocalDate, Schedule> schedule) {
        List<Milestone> had = milestones.of(task.taskCode());
        Date opensAt = clock.now();
        if (!had.isEmpty()) {
            Date afterLast = clock.at(had.get(had.size() - 1).dueDate().plusDays(1), WorkingTime.WORKDAY_START);
            opensAt = afterLast.after(opensAt) ? afterLast : opensAt;
        }
        Date first = opensAt;
        List<MilestoneRegister.Started> rows = commandExecutor.execute(context -> startAll(List.of(task), schedule,
                had.size(), first));
        milestones.insertAll(rows);
        return rows.size();
    }

    private List<MilestoneRegister.Started> startAll(List<IssuedTask> tasks, Function<LocalDate, Schedule> schedule,
                                                     int seqOffset, Date firstOpensAt) {
        List<MilestoneRegister.Started> rows = new ArrayList<>();
        for (IssuedTask task : tasks) {
            if (task.dueDate() == null || task.deadlineText() == null) {
                continue;
            }
            Date opensAt = firstOpensAt;
            for (PlannedMilestone planned : plan(task.deadlineText(), task.dueDate().getYear())) {
                Schedule dates = schedule.apply(planned.dueDate());
                PlannedMilestone due = new PlannedMilestone(seqOffset + planned.seq(), planned.label(), dates.dueDate());
                String instance = start(task.taskCode() + "/M" + due.seq(), variables(task, due, dates, opensAt),
                        !opensAt.after(clock.now()));
                rows.add(new MilestoneRegister.Started(task.taskCode(), due, instance));
                Date next = clock.at(dates.dueDate().plusDays(1), WorkingTime.WORKDAY_START);
                opensAt = next.after(opensAt) ? next : opensAt;
            }
        }
        return rows;
    }

    /** A milestone whose turn has come starts at its report: it is in the lead agency's inbox at once. */
    private String start(String businessKey, Map<String, Object> variables, boolean open) {
        if (!open) {
            return runtimeService.startProcessInstanceByKey(MilestoneProcess.KEY, businessKey, variables).getId();
        }
        return runtimeService.createProcessInstanceByKey(MilestoneProcess.KEY).businessKey(businessKey)
                .setVariables(variables).startBeforeActivity(MilestoneProcess.REPORT).execute().getId();
    }

    private static Map<String, Object> variables(IssuedTask task, PlannedMilestone milestone, Schedule dates,
                                                 Date opensAt) {
        Map<String, Object> variables = new HashMap<>(ScheduleVariables.of(dates));
        variables.remove(ScheduleVariables.COORDINATION_DUE_AT);
        variables.put(Var.TASK_CODE, task.taskCode());
        variables.put(Var.TITLE, task.title());
        variables.put(Var.LEAD_AGENCY, task.leadAgency());
        variables.put(Var.LEAD_AGENCY_NAME, task.leadAgencyName());
        variables.put(Var.DEADLINE_TEXT, task.deadlineText());
        variables.put(Var.SEQ, milestone.seq());
        variables.put(Var.LABEL, milestone.label());
        variables.put(Var.MILESTONE_DUE_DATE, DAY.format(milestone.dueDate()));
        variables.put(Var.OPENS_AT, opensAt);
        return variables;
    }
}
