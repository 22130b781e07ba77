package vn.giaoviec.plan;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Registered plans for other features (reports, year end): find one, close it. */
@Service
public class PlanCatalog {

    private final PlanRepository plans;

    public PlanCatalog(PlanRepository plans) {
        this.plans = plans;
    }

    public Plan get(long planId) {
        return find(planId).orElseThrow(() -> new IllegalArgumentException("Không có kế hoạch số " + planId));
    }

    public Optional<Plan> find(long planId) {
        return plans.find(planId);
    }
}
