package vn.giaoviec.notification.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.notification.Person;
import vn.giaoviec.lifecycle.PlanTaskProcess;

/**
 * What each person's digest says, from one reading of the register: a leader hears of their own
 * agency — including coordination requests past their dates, those it waits for as lead agency and
 * those it owes as coordinating agency; the Chánh Văn phòng of every agency, with what waits for
 * their decision.
 */
@Component
class DigestBuilder {

    static final String DUE = "Đến hạn trong tuần này";
    static final String OVERDUE = "Quá hạn";
    static final String REVIEW = "Sản phẩm chờ lãnh đạo duyệt";
    static final String CHIEF = "Chờ Chánh Văn phòng xử lý (quá hạn, đề nghị gia hạn)";
    static final String CONTRIBUTIONS_LATE = "Cơ quan phối hợp chưa gửi ý kiến, đã quá hạn";
    static final String CONTRIBUTIONS_OWED = "Ý kiến phối hợp đơn vị chưa gửi, đã quá hạn";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DigestQueries queries;
    private final TaskService tasks;
    private final AgencyDirectory directory;
    private final ProvinceClock clock;

    DigestBuilder(DigestQueries queries, TaskService tasks, AgencyDirectory directory, ProvinceClock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.directory = directory;
        this.clock = clock;
    }

    /** The register as the digest of {@code day} reads it, once for all recipients. */
    record Snapshot(LocalDate day, Map<String, List<DigestQueries.Row>> due, Map<String, List<DigestQueries.Row>> overdue,
                    Map<String, List<DigestQueries.Row>> review, Map<String, List<DigestQueries.Row>> chief,
                    LateContributions contributions) {
    }

    /**
     * Coordination requests past their own due dates: by lead agency (the task's line names the agencies
     * it waits for, with the earliest of their dates) and by the coordinating agency that owes them.
     */
    record LateContributions(Map<String, List<DigestQueries.Row>> byLead, Map<String, List<DigestQueries.Row>> byOwer) {
    }

    Snapshot read(LocalDate day) {
        Set<String> waitingForChief = new HashSet<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .taskDefinitionKeyIn(PlanTaskProcess.HANDLE_OVERDUE, PlanTaskProcess.DECIDE_EXTENSION).list()) {
            waitingForChief.add(task.getProcessInstanceId());
        }
        return new Snapshot(day, queries.dueBetween(day, day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))),
                queries.overdue(), queries.inReview(), queries.ofInstances(waitingForChief), lateContributions(day));
    }

    private LateContributions lateContributions(LocalDate day) {
        Date startOfDay = Date.from(day.atStartOfDay(clock.zone()).toInstant());
        List<Task> late = tasks.createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .taskDefinitionKey(PlanTaskProcess.CONTRIBUTE).dueBefore(startOfDay).orderByDueDate().asc().list();
        Map<String, DigestQueries.Row> taskRows = queries.byInstance(late.stream().map(Task::getProcessInstanceId).toList());
        Map<String, List<String>> waitingFor = new LinkedHashMap<>();
        Map<String, LocalDate> earliest = new HashMap<>();
        Map<String, List<DigestQueries.Row>> byOwer = new TreeMap<>();
        for (Task request : late) {
            DigestQueries.Row task = taskRows.get(request.getProcessInstanceId());
            Object agency = tasks.getVariable(request.getId(), PlanTaskProcess.Var.COORDINATING_AGENCY);
            if (task == null || !(agency instanceof String owing)) {
                continue;
            }
            LocalDate due = LocalDate.ofInstant(request.getDueDate().toInstant(), clock.zone());
            waitingFor.computeIfAbsent(task.code(), c -> new ArrayList<>()).add(directory.nameOf(owing));
            earliest.merge(task.code(), due, (a, b) -> a.isBefore(b) ? a : b);
            byOwer.computeIfAbsent(owing, a -> new ArrayList<>())
                    .add(new DigestQueries.Row(owing, task.code(), task.title(), due));
        }
        Map<String, List<DigestQueries.Row>> byLead = new TreeMap<>();
        taskRows.values().stream().filter(task -> waitingFor.containsKey(task.code()))
                .sorted(Comparator.comparing((DigestQueries.Row task) -> earliest.get(task.code()))
                        .thenComparing(DigestQueries.Row::code))
                .forEach(task -> byLead.computeIfAbsent(task.agency(), a -> new ArrayList<>()).add(new DigestQueries.Row(
                        task.agency(), task.code(), shorten(task.title()) + " — chờ: "
                        + String.join(", ", waitingFor.get(task.code())), earliest.get(task.code()))));
        return new LateContributions(byLead, byOwer);
    }

    Digest of(Person person, boolean chief, Snapshot snapshot) {
        List<Digest.Section> sections = new ArrayList<>();
        for (Agency agency : directory.all()) {
            boolean leads = person.groups().contains(agency.leaderGroup());
            if (!chief && !leads) {
                continue;
            }
            List<Digest.Part> parts = new ArrayList<>();
            add(parts, DUE, snapshot.due().get(agency.code()));
            add(parts, OVERDUE, snapshot.overdue().get(agency.code()));
            if (leads) {
                add(parts, REVIEW, snapshot.review().get(agency.code()));
                add(parts, CONTRIBUTIONS_LATE, snapshot.contributions().byLead().get(agency.code()));
                add(parts, CONTRIBUTIONS_OWED, snapshot.contributions().byOwer().get(agency.code()));
            }
            if (chief) {
                add(parts, CHIEF, snapshot.chief().get(agency.code()));
            }
            if (!parts.isEmpty()) {
                sections.add(new Digest.Section(agency.name(), parts));
            }
        }
        return new Digest(person.name(), DAY.format(snapshot.day()), sections);
    }

    private static void add(List<Digest.Part> parts, String heading, List<DigestQueries.Row> rows) {
        if (rows == null || rows.isEmpty()) {
            return;
        }
        parts.add(new Digest.Part(heading, rows.size(), rows.stream().limit(Digest.LISTED)
                .map(r -> new Digest.Line(r.code(), shorten(r.title()), r.due() == null ? "" : DAY.format(r.due()),
                        "/giaoviec/nhiem-vu/" + r.code())).toList()));
    }

    private static String shorten(String title) {
        String line = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 119).strip() + "…";
    }
}
