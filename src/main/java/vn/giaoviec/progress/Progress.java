package vn.giaoviec.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's progress in the four official buckets: overall, per agency, per section, and the
 * overdue tasks by age (≤ 30, 31–90, > 90 days past their due date).
 */
public record Progress(long planId, String planTitle, LocalDate today, Counts total, List<Group> byAgency,
                       List<Group> bySection, OverdueAge overdueByAge) {

    /** Counts of one group; {@code onTimeRate} counts completed tasks only (null when none completed). */
    public record Counts(int onTime, int late, int inProgress, int overdue) {

        public int total() {
            return onTime + late + inProgress + overdue;
        }

        public Double onTimeRate() {
            return onTime + late == 0 ? null : Math.round(1000.0 * onTime / (onTime + late)) / 10.0;
        }

        Counts plus(Counts other) {
            return new Counts(onTime + other.onTime, late + other.late, inProgress + other.inProgress,
                    overdue + other.overdue);
        }
    }

    /** One agency or section with its counts. */
    public record Group(String key, String name, Counts counts) {
    }

    /** Tasks in progress past their due date, by how long. */
    public record OverdueAge(int upTo30Days, int from31To90Days, int over90Days) {
    }
}
