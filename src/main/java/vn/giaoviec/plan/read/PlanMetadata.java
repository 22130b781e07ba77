package vn.giaoviec.plan.read;

/** Best-effort facts about the plan found in its text; every field may be null. */
public record PlanMetadata(String decisionNumber, String title, Integer year, String issuer) {

    public static PlanMetadata empty() {
        return new PlanMetadata(null, null, null, null);
    }
}
