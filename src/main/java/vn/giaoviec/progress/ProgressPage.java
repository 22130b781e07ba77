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
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.TaskStatus;

/** The plan dashboard: progress per section and agency, overdue by age, the filtered task list. */
@Controller
class ProgressPage {

    /** Tasks listed per page: a plan has up to 100,000, the page must stay fast on a phone. */
    static final int PAGE_SIZE = 50;

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
                @RequestParam(required = false) YearMonth dueMonth, @RequestParam(defaultValue = "0") int page,
                Authentication authentication, Model model) {
        ProgressFilter filter = new ProgressFilter(agency, section, status, dueMonth,
                progress.visibleAgencies(UserAccess.of(authentication)));
        Progress overview = progress.progress(planId, ProgressFilter.all(filter.visibleAgencies()));
        model.addAttribute("plan", plans.get(planId));
        model.addAttribute("progress", overview);
        Progress filtered = progress.progress(planId, filter);
        int pages = Math.max(1, (filtered.total().total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("filtered", filtered);
        model.addAttribute("tasks", progress.tasks(planId, filter, current * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", new TaskStatus[] {TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE,
                TaskStatus.IN_PROGRESS_ON_TIME, TaskStatus.IN_PROGRESS_OVERDUE});
        model.addAttribute("directory", directory);
        return "progress/plan";
    }
}
