package vn.giaoviec.notification.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.notification.Person;
import vn.giaoviec.lifecycle.PlanTaskProcess;

/**
 * What each person's digest says, from one reading of the register: a leader hears of their own
 * agency; the Chánh Văn phòng of every agency, with what waits for their decision.
 */
@Component
class DigestBuilder {

    static final String DUE = "Đến hạn trong tuần này";
    static final String OVERDUE = "Quá hạn";
    static final String REVIEW = "Sản phẩm chờ lãnh đạo duyệt";
    static final String CHIEF = "Chờ Chánh Văn phòng xử lý (quá hạn, đề nghị gia hạn)";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DigestQueries queries;
    private final TaskService tasks;
    private final AgencyDirectory directory;

    DigestBuilder(DigestQueries queries, TaskService tasks, AgencyDirectory directory) {
        this.queries = queries;
        this.tasks = tasks;
        this.directory = directory;
    }

    /** The register as the digest of {@code day} reads it, once for all recipients. */
    record Snapshot(LocalDate day, Map<String, List<DigestQueries.Row>> due, Map<String, List<DigestQueries.Row>> overdue,
                    Map<String, List<DigestQueries.Row>> review, Map<String, List<DigestQueries.Row>> chief) {
    }

    Snapshot read(LocalDate day) {
        Set<String> waitingForChief = new HashSet<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .taskDefinitionKeyIn(PlanTaskProcess.HANDLE_OVERDUE, PlanTaskProcess.DECIDE_EXTENSION).list()) {
            waitingForChief.add(task.getProcessInstanceId());
        }
        return new Snapshot(day, queries.dueBetween(day, day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))),
                queries.overdue(), queries.inReview(), queries.ofInstances(waitingForChief));
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
