package vn.giaoviec.yearend;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.plan.PlanStatistics;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;

/** REST for a plan's year: close it now with Sở Nội vụ's decisions, and its province-wide figures. */
@RestController
@RequestMapping("/api/plans")
class YearEndApi {

    private final PlanYearEnd yearEnd;
    private final AccessPolicy policy;

    YearEndApi(PlanYearEnd yearEnd, AccessPolicy policy) {
        this.yearEnd = yearEnd;
        this.policy = policy;
    }

    /**
     * Year end without waiting for its date: {"decisions": {"KH1-5": "CARRY_OVER", "KH1-6": "CLOSE"},
     * "targetPlanId": 2}; targetPlanId optional (see {@link PlanYearEnd#close}). The plan's year-end process ends.
     */
    @PostMapping("/{planId}/year-end")
    PlanStatistics closeYear(@PathVariable long planId, @RequestBody YearEndRequest request,
                             Authentication authentication) {
        UserAccess user = UserAccess.of(authentication);
        policy.requireMayRunPlanYear(user, "kết thúc năm kế hoạch");
        return yearEnd.close(planId, request.decisions() == null ? Map.of() : request.decisions(),
                request.targetPlanId(), user.userId());
    }

    /** Province-wide figures, so for the province-wide roles only (an agency sees its own in /progress). */
    @GetMapping("/{planId}/statistics")
    PlanStatistics statistics(@PathVariable long planId, Authentication authentication) {
        policy.requireProvinceWide(UserAccess.of(authentication), "xem số liệu cả tỉnh của kế hoạch");
        return yearEnd.statistics(planId);
    }

    record YearEndRequest(Map<String, PlanYearEnd.Decision> decisions, Long targetPlanId) {
    }

}
