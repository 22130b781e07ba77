package vn.giaoviec.plan;

/** Published inside the transaction that committed a plan: what starts with a plan starts in it, or not at all. */
public record PlanImported(Plan plan) {
}
