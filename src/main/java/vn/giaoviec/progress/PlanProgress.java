package vn.giaoviec.progress;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.Plans;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.milestone.Milestone;
import vn.giaoviec.milestone.MilestoneRegister;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.progress.export.RegisterRow;
import vn.giaoviec.progress.export.RegisterWorkbook;
import vn.giaoviec.progress.export.ScorecardWorkbook;

/**
 * The supervisors' view of a plan, limited to what the user may see: an agency's people their
 * agency, the Chánh Văn phòng, Sở Nội vụ and Văn phòng UBND leaders the whole province.
 */
@Service
public class PlanProgress {

    private final Plans plans;
    private final ProgressQuery query;
    private final TaskRegister register;
    private final AgencyDirectory directory;
    private final AccessPolicy policy;
    private final ProvinceClock clock;
    private final MilestoneRegister milestones;

    public PlanProgress(Plans plans, ProgressQuery query, TaskRegister register, AgencyDirectory directory,
                        AccessPolicy policy, ProvinceClock clock, MilestoneRegister milestones) {
        this.milestones = milestones;
        this.plans = plans;
        this.query = query;
        this.register = register;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    /** The agencies whose tasks the user may see; null for the whole province. */
    public List<String> visibleAgencies(UserAccess user) {
        return policy.seesWholeProvince(user) ? null
                : directory.all().stream().map(Agency::code).filter(user::memberOf).toList();
    }

    public Progress progress(long planId, ProgressFilter filter) {
        Plan plan = plans.get(planId);
        return query.progress(planId, plan.title(), clock.today(), filter);
    }

    public List<RegisterEntry> tasks(long planId, ProgressFilter filter) {
        return tasks(planId, filter, 0, Integer.MAX_VALUE);
    }

    /** One page of the plan's tasks in appendix order. */
    public List<RegisterEntry> tasks(long planId, ProgressFilter filter, int offset, int limit) {
        plans.get(planId);
        List<Object> args = new ArrayList<>();
        String condition = filter.where(args);
        return register.ofPlan(planId, condition, args, offset, limit);
    }

    public void writeRegister(long planId, ProgressFilter filter, OutputStream out) {
        Plan plan = plans.get(planId);
        Map<String, List<String>> notContributed = register.notContributed(planId);
        List<RegisterEntry> tasks = tasks(planId, filter);
        Map<String, List<Milestone>> stages = milestones.ofTasks(tasks.stream().map(RegisterEntry::taskCode).toList())
                .stream().collect(Collectors.groupingBy(Milestone::taskCode));
        List<RegisterRow> rows = tasks.stream().map(e -> row(e, notContributed.getOrDefault(e.taskCode(), List.of()),
                stages.getOrDefault(e.taskCode(), List.of()))).toList();
        new RegisterWorkbook().write(plan.title(), clock.today(), rows, out);
    }

    public byte[] scorecard(long planId, ProgressFilter filter) {
        Progress progress = progress(planId, filter);
        List<AgencyScore> scores = progress.byAgency().stream().map(g -> new AgencyScore(g.name(),
                g.counts().onTime(), g.counts().late(), g.counts().inProgress(), g.counts().overdue(),
                g.counts().notCompleted())).toList();
        return new ScorecardWorkbook().write(progress.planTitle(), progress.today(), scores);
    }

    /** {@code notContributed}: coordinators left out when the lead agency ended coordination, marked so. */
    private RegisterRow row(RegisterEntry e, List<String> notContributed, List<Milestone> stages) {
        return new RegisterRow(e.section(), e.stt(), e.title(), directory.nameOf(e.leadAgency()),
                e.coordinatingAgencies().stream().map(directory::nameOf)
                        .map(name -> notContributed.contains(name) ? name + " (chưa gửi ý kiến)" : name).toList(),
                e.product(), e.deadlineText(), e.dueDate(), e.status(), e.completedDate(),
                stages.stream().map(m -> m.label() + " (" + m.dueDateShown() + "): " + m.statusShown(clock.today())).toList());
    }
}
