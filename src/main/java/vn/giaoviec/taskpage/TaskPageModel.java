package vn.giaoviec.taskpage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.file.ProductFiles;
import vn.giaoviec.people.People;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.coordination.Coordination;
import vn.giaoviec.milestone.Milestone;
import vn.giaoviec.milestone.MilestoneRegister;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.work.FormView;
import vn.giaoviec.work.Work;
import vn.giaoviec.work.WorkForms;
import vn.giaoviec.work.WorkItems;

/** Everything the task page shows, read in a fixed handful of queries whatever the task's history. */
@Component
class TaskPageModel {

    private final TaskStory story;
    private final WorkItems work;
    private final ProductFiles files;
    private final People people;
    private final AgencyDirectory directory;
    private final AccessPolicy policy;
    private final WorkForms workForms;
    private final Coordination coordination;
    private final MilestoneRegister milestones;
    private final ProvinceClock clock;

    TaskPageModel(TaskStory story, WorkItems work, ProductFiles files, People people, AgencyDirectory directory,
                  AccessPolicy policy, WorkForms workForms, Coordination coordination, MilestoneRegister milestones,
                  ProvinceClock clock) {
        this.milestones = milestones;
        this.workForms = workForms;
        this.coordination = coordination;
        this.clock = clock;
        this.story = story;
        this.work = work;
        this.files = files;
        this.people = people;
        this.directory = directory;
        this.policy = policy;
    }

    /** Text the page already shows: the forms' summary of the task. */
    static final Set<String> SHOWN_BY_PAGE = Set.of("Field_TaskSummary");

    /**
     * {@code refused}: a form just submitted and refused, shown as typed with its problems in place of
     * that work's fresh form (null otherwise).
     */
    void fill(Model model, RegisterEntry task, UserAccess user, String chosenWork, FormView refused) {
        TaskStory.Story told = story.of(task);
        List<Milestone> stages = milestones.of(task.taskCode());
        List<String> instances = task.processInstanceId() == null || !task.isOpen() ? List.of()
                : instancesOf(task, stages);
        List<Work> mine = instances.stream().flatMap(id -> work.of(id, user).stream()).toList();
        List<Work> others = instances.stream().flatMap(id -> work.othersOn(id, user).stream()).toList();
        model.addAttribute("milestones", stages.stream().map(m -> MilestoneRow.of(m, clock.today())).toList());
        model.addAttribute("task", task);
        model.addAttribute("leadAgencyName", directory.nameOf(task.leadAgency()));
        model.addAttribute("coordinatorNames", task.coordinatingAgencies().stream().map(directory::nameOf).toList());
        model.addAttribute("notes", told.notes());
        model.addAttribute("history", told.history());
        model.addAttribute("product", Product.of(told.variables()));
        model.addAttribute("files", files.ofTask(task.taskCode()));
        model.addAttribute("people", people);
        model.addAttribute("works", mine);
        Map<String, FormView> forms = new HashMap<>();
        for (Work w : mine) {
            if (refused != null && refused.workId().equals(w.id())) {
                forms.put(w.id(), refused);
            } else if (w.actionable()) {
                workForms.view(w, SHOWN_BY_PAGE).ifPresent(view -> forms.put(w.id(), view));
            }
        }
        model.addAttribute("forms", forms);
        model.addAttribute("chosenWork", chosenWork);
        // coordination requests are listed with their due dates under "Phối hợp"
        model.addAttribute("waiting", others.stream().filter(w -> !PlanTaskProcess.CONTRIBUTE.equals(w.stepKey()))
                .map(w -> new Waiting(w.name(), work.waitingFor(w))).toList());
        boolean extensionPending = others.stream().anyMatch(w -> PlanTaskProcess.DECIDE_EXTENSION.equals(w.stepKey()))
                || mine.stream().anyMatch(w -> PlanTaskProcess.DECIDE_EXTENSION.equals(w.stepKey()));
        model.addAttribute("extensionPending", extensionPending);
        model.addAttribute("mayRequestExtension", task.isOpen() && task.phase() != TaskPhase.AWAITING_EVENT
                && !extensionPending && policy.canActForLead(user, task.leadAgency()));
        model.addAttribute("mayWithdraw", task.isOpen() && policy.canDirect(user));
        fillCoordination(model, task, user);
    }

    /**
     * The coordinating agencies still to contribute, each with its due date (overdue ones said so); the
     * officers a coordinating agency's leader may give its request to; whether the lead leader may end it.
     */
    private void fillCoordination(Model model, RegisterEntry task, UserAccess user) {
        List<Coordination.OpenRequest> requests = task.isOpen() ? coordination.openRequests(task) : List.of();
        Map<String, List<vn.giaoviec.people.Person>> officers = new HashMap<>();
        requests.stream().filter(r -> policy.leads(user, r.agency()))
                .forEach(r -> officers.put(r.workId(), people.membersOf(r.agency())));
        model.addAttribute("requests", requests);
        model.addAttribute("today", clock.today());
        model.addAttribute("requestOfficers", officers);
        model.addAttribute("mayCloseCoordination", !requests.isEmpty()
                && policy.leads(user, task.leadAgency()));
    }

    /**
     * The processes whose work shows on the task's page: its lifecycle and its open milestones whose
     * turn has come (a milestone opens the day after the previous one's date; later ones hold no work).
     */
    List<String> instancesOf(RegisterEntry task) {
        return instancesOf(task, milestones.of(task.taskCode()));
    }

    private List<String> instancesOf(RegisterEntry task, List<Milestone> stages) {
        List<String> ids = new java.util.ArrayList<>();
        ids.add(task.processInstanceId());
        java.time.LocalDate today = clock.today();
        for (int i = 0; i < stages.size(); i++) {
            boolean turnCame = i == 0 || today.isAfter(stages.get(i - 1).dueDate());
            if (turnCame && stages.get(i).open() && stages.get(i).processInstanceId() != null) {
                ids.add(stages.get(i).processInstanceId());
            }
        }
        return ids;
    }

    /** One milestone as the page lists it: its label, due date, status word, and what was reported. */
    record MilestoneRow(String label, String dueDate, String status, String statusKind, String reported,
                        String result) {

        static MilestoneRow of(Milestone m, java.time.LocalDate today) {
            String kind = m.open() && today.isAfter(m.dueDate()) ? "OVERDUE" : m.status().name();
            String result = m.resultText() == null ? null
                    : m.resultText() + (m.resultLink() == null || m.resultLink().isBlank() ? "" : " (" + m.resultLink() + ")");
            return new MilestoneRow(m.label(), m.dueDateShown(), m.statusShown(today), kind, m.reportedShown(), result);
        }
    }

    /** The product as last submitted (null before the first submission), its date dd/mm/yyyy. */
    record Product(String number, String date, String summary, String link) {

        static Product of(java.util.Map<String, Object> variables) {
            Object number = variables.get(PlanTaskProcess.Var.DOCUMENT_NUMBER);
            if (number == null || number.toString().isBlank()) {
                return null;
            }
            return new Product(number.toString(), text(variables.get(PlanTaskProcess.Var.DOCUMENT_DATE)),
                    text(variables.get(PlanTaskProcess.Var.PRODUCT_SUMMARY)), text(variables.get(PlanTaskProcess.Var.PRODUCT_LINK)));
        }

        private static String text(Object value) {
            return value == null || value.toString().isBlank() ? null : DisplayText.withVietnameseDates(value.toString());
        }
    }

    /** An open step someone else holds. */
    record Waiting(String step, String who) {
    }
}
