package vn.giaoviec.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.Plans;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;

/** REST for a plan's periodic CCHC reports: start the year's reporting, see who reported when. */
@RestController
@RequestMapping("/api/plans/{planId}/reports")
class ReportApi {

    static final String NOT_APPLICABLE = "Không áp dụng: kỳ số liệu kết thúc trước khi có kế hoạch";

    private final ReportStarter starter;
    private final PeriodReports reports;
    private final ReportingProperties properties;
    private final Plans plans;
    private final AgencyDirectory directory;
    private final AccessPolicy policy;

    ReportApi(ReportStarter starter, PeriodReports reports, ReportingProperties properties, Plans plans,
              AgencyDirectory directory, AccessPolicy policy) {
        this.starter = starter;
        this.reports = reports;
        this.properties = properties;
        this.plans = plans;
        this.directory = directory;
        this.policy = policy;
    }

    @PostMapping("/start")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> start(@PathVariable long planId, Authentication authentication) {
        policy.requireMayRunPlanYear(UserAccess.of(authentication), "bắt đầu báo cáo định kỳ");
        Plan plan = plans.get(planId);
        return Map.of("planId", planId, "year", plan.year(), "processInstanceIds", starter.start(plan));
    }

    @ExceptionHandler(ReportingConflictException.class)
    ResponseEntity<Map<String, String>> conflict(ReportingConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    /** Every period with each agency's report; outside the province-wide roles, only the user's own agencies. */
    @GetMapping
    PlanReports list(@PathVariable long planId, Authentication authentication) {
        UserAccess user = UserAccess.of(authentication);
        Plan plan = plans.get(planId);
        List<PeriodReport> all = reports.ofPlan(planId).stream()
                .filter(r -> policy.seesWholeProvince(user) || user.memberOf(r.agency())).toList();
        return new PlanReports(planId, plan.year(), properties.periods().stream()
                .map(p -> new PeriodView(p.code(), p.name(), p.cutoffStart(plan.year()), p.cutoffEnd(plan.year()),
                        starter.dueDate(p, plan.year()), starter.applies(plan, p),
                        starter.applies(plan, p) ? null : NOT_APPLICABLE,
                        all.stream().filter(r -> r.period().equals(p.code())).map(this::view).toList())).toList());
    }

    private AgencyReportView view(PeriodReport r) {
        return new AgencyReportView(r.agency(), directory.nameOf(r.agency()), r.status(), r.status().label(),
                r.submittedAt(), r.onTime(), r.timeliness(), r.escalated());
    }

    record PlanReports(long planId, int year, List<PeriodView> periods) {
    }

    /** {@code dueDate}: as the process uses it, moved to the next working day; {@code note} why a period does not apply. */
    record PeriodView(String code, String name, LocalDate cutoffStart, LocalDate cutoffEnd, LocalDate dueDate,
                      boolean applicable, String note, List<AgencyReportView> agencies) {
    }

    record AgencyReportView(String agency, String agencyName, ReportStatus status, String statusLabel,
                            LocalDateTime submittedAt, Boolean onTime, String timeliness, boolean escalated) {
    }
}
