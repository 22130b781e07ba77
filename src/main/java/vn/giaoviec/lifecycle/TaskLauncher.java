package vn.giaoviec.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.people.People;
import vn.giaoviec.calendar.WorkingDayCalendar;
import vn.giaoviec.calendar.WorkingTime.Schedule;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.deadline.EventNames;
import vn.giaoviec.milestone.MilestoneLauncher;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TaskStatus;

/** Issues plan tasks: registers each one and starts its lifecycle, in the caller's transaction. */
@Service
public class TaskLauncher {

    /**
     * Instances started per engine command. Measured on PostgreSQL (docs/benchmarks.md): 50 beats both
     * one command per instance (a flush each) and larger chunks (the engine orders a flush's
     * operations in time that grows faster than the chunk); it also bounds the entities in memory.
     */
    static final int CHUNK = 50;

    private final AgencyDirectory directory;
    private final TaskRegister register;
    private final DeadlineSchedule schedule;
    private final RuntimeService runtimeService;
    private final ProvinceClock clock;
    private final WorkingDayCalendar calendar;
    private final LifecycleProperties properties;
    private final RepositoryService repositoryService;
    private final CommandExecutor commandExecutor;
    private final ApplicationEventPublisher events;
    private final People people;
    private final MilestoneLauncher milestones;

    public TaskLauncher(AgencyDirectory directory, TaskRegister register, DeadlineSchedule schedule,
                        RuntimeService runtimeService, ProvinceClock clock,
                        WorkingDayCalendar calendar, LifecycleProperties properties,
                        ProcessEngine processEngine, ApplicationEventPublisher events, People people,
                        MilestoneLauncher milestones) {
        this.milestones = milestones;
        this.events = events;
        this.people = people;
        this.repositoryService = processEngine.getRepositoryService();
        this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.calendar = calendar;
        this.properties = properties;
        this.directory = directory;
        this.register = register;
        this.schedule = schedule;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Starts one task; returns its process instance id. A task without a due date whose phrase names
     * an event ("Sau khi có kết quả công bố") is only registered, waiting for the event: it has no
     * lifecycle and so no deadline timer until {@link #startAfterEvent} (returns null then).
     */
    @Transactional
    public String start(NewTask task, String actor) {
        return startAll(List.of(task), actor).get(0);
    }

    /**
     * Starts many tasks in the caller's transaction (a plan import): all or none. The instances are
     * started in chunks that each run as one engine command, so the engine writes a chunk's rows in
     * JDBC batches instead of one round trip per row; the lead agencies' form options are read once.
     */
    @Transactional
    public List<String> startAll(List<NewTask> tasks, String actor) {
        refuseDuplicates(tasks);
        Launch launch = launch();
        List<String> ids = new ArrayList<>(tasks.size());
        for (int from = 0; from < tasks.size(); from += CHUNK) {
            List<NewTask> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
            List<RegisterEntry> entries = commandExecutor.execute(commandContext ->
                    chunk.stream().map(task -> start(task, launch)).toList());
            register.insertAll(entries, actor);
            entries.forEach(entry -> ids.add(entry.processInstanceId()));
        }
        milestones.launch(tasks.stream().map(this::issued).toList(), schedule::of);
        events.publishEvent(new TasksStarted(tasks.size()));
        return ids;
    }

    /** Multi-date and periodic tasks get one milestone per date or period (issue 14 item 8). */
    private MilestoneLauncher.IssuedTask issued(NewTask task) {
        return new MilestoneLauncher.IssuedTask(task.taskCode(), task.title(), task.leadAgency(),
                directory.get(task.leadAgency()).name(), task.deadlineText(), task.dueDate());
    }

    private void refuseDuplicates(List<NewTask> tasks) {
        Set<String> codes = new HashSet<>();
        for (NewTask task : tasks) {
            if (!codes.add(task.taskCode())) {
                throw new DuplicateTaskException(task.taskCode());
            }
        }
        register.existing(codes).stream().findFirst().ifPresent(code -> {
            throw new DuplicateTaskException(code);
        });
    }

    /**
     * Starts the lifecycle of one task (none for a task waiting for its event) and returns its register
     * row; the lifecycle starts before the row is written, so the row is written once, with its instance.
     */
    private RegisterEntry start(NewTask task, Launch launch) {
        Agency lead = directory.get(task.leadAgency());
        task.coordinatingAgencies().forEach(directory::get);
        DeadlineKind kind = task.deadlineKind();
        if (task.dueDate() == null) {
            return awaitingEvent(task, lead, kind);
        }
        Schedule dates = schedule.of(task.dueDate());
        String processInstanceId = startLifecycle(task, lead, dates, launch);
        return new RegisterEntry(task.taskCode(), processInstanceId, task.planId(), task.title(), task.section(),
                lead.code(), task.coordinatingAgencies(), task.expectedProduct(), task.deadlineText(),
                task.dueDate(), dates.dueDate(), TaskPhase.ASSIGN, TaskStatus.of(dates.dueDate(), null, clock.today()),
                0, null, task.planRow(), task.stt(), kind, null);
    }

    /**
     * The event an EVENT task waited for happened on {@code eventDate}: the task is due the configured
     * number of working days later and its lifecycle starts now, with every timer counted from that date.
     */
    @Transactional
    public String startAfterEvent(String taskCode, LocalDate eventDate, String actor) {
        RegisterEntry entry = register.get(taskCode);
        if (entry.phase() != TaskPhase.AWAITING_EVENT) {
            throw new IllegalStateException("Nhiệm vụ " + taskCode + " không chờ sự kiện");
        }
        LocalDate nominalDue = calendar.addWorkingDays(eventDate, properties.eventWorkingDays());
        Schedule dates = schedule.of(nominalDue);
        register.eventOccurred(taskCode, eventDate, nominalDue, dates.dueDate(), actor);
        NewTask task = new NewTask(taskCode, entry.planId(), null, null, entry.title(), entry.section(),
                entry.leadAgency(), entry.coordinatingAgencies(), entry.product(), entry.deadlineText(), nominalDue,
                entry.deadlineKind());
        String processInstanceId = startLifecycle(task, directory.get(entry.leadAgency()), dates, launch());
        register.attachInstance(taskCode, processInstanceId);
        return processInstanceId;
    }

    private RegisterEntry awaitingEvent(NewTask task, Agency lead, DeadlineKind kind) {
        if (kind != DeadlineKind.EVENT) {
            throw new IllegalArgumentException("Nhiệm vụ " + task.taskCode() + " cần thời hạn hoàn thành");
        }
        return new RegisterEntry(task.taskCode(), null, task.planId(), task.title(), task.section(), lead.code(),
                task.coordinatingAgencies(), task.expectedProduct(), task.deadlineText(), null, null,
                TaskPhase.AWAITING_EVENT, TaskStatus.IN_PROGRESS_ON_TIME, 0, null, task.planRow(), task.stt(), kind,
                EventNames.of(task.deadlineText()));
    }

    private String startLifecycle(NewTask task, Agency lead, Schedule dates, Launch launch) {
        return runtimeService.startProcessInstanceById(launch.definitionId(), task.taskCode(),
                launch.variables(task, lead, dates)).getId();
    }

    private Launch launch() {
        return new Launch(repositoryService, directory, people);
    }
}
