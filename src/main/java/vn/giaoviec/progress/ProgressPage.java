package vn.giaoviec.progress;

import java.time.YearMonth;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.plan.Plans;
import vn.giaoviec.security.UserAccess;
import vn.giaoviec.task.TaskStatus;

/** The plan dashboard: progress per section and agency, overdue by age, the filtered task list. */
@Controller
class ProgressPage {

    private final PlanProgress progress;
    private final Plans plans;
    private final AgencyDirectory directory;

    ProgressPage(PlanProgress progress, Plans plans, AgencyDirectory directory) {
        this.progress = progress;
        this.plans = plans;
        this.directory = directory;
    }

    @GetMapping("/giaoviec/ke-hoach/{planId}")
    String plan(@PathVariable long planId, @RequestParam(required = false) String agency,
                @RequestParam(required = false) String section, @RequestParam(required = false) TaskStatus status,
                @RequestParam(required = false) YearMonth dueMonth, Authentication authentication, Model model) {
        ProgressFilter filter = new ProgressFilter(agency, section, status, dueMonth,
                progress.visibleAgencies(UserAccess.of(authentication)));
        Progress overview = progress.progress(planId, ProgressFilter.all(filter.visibleAgencies()));
        model.addAttribute("plan", plans.get(planId));
        model.addAttribute("progress", overview);
        model.addAttribute("filtered", progress.progress(planId, filter));
        model.addAttribute("tasks", progress.tasks(planId, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", new TaskStatus[] {TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE,
                TaskStatus.IN_PROGRESS_ON_TIME, TaskStatus.IN_PROGRESS_OVERDUE});
        model.addAttribute("directory", directory);
        return "progress/plan";
    }
}
