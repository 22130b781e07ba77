package vn.giaoviec.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's progress in the four official buckets — plus, once its year has ended, the tasks closed not
 * completed: overall, per agency, per section, and the overdue tasks by age (≤ 30, 31–90, > 90 days
 * past their due date).
 */
public record Progress(long planId, String planTitle, LocalDate today, Counts total, List<Group> byAgency,
                       List<Group> bySection, OverdueAge overdueByAge) {

    /**
     * Counts of one group; {@code notCompleted}: closed at the plan's year end without their product.
     * {@code onTimeRate} counts completed tasks only (null when none completed).
     */
    public record Counts(int onTime, int late, int inProgress, int overdue, int notCompleted) {

        /** A plan still running has no task closed not completed. */
        public Counts(int onTime, int late, int inProgress, int overdue) {
            this(onTime, late, inProgress, overdue, 0);
        }

        public int total() {
            return onTime + late + inProgress + overdue + notCompleted;
        }

        public Double onTimeRate() {
            return onTime + late == 0 ? null : Math.round(1000.0 * onTime / (onTime + late)) / 10.0;
        }

        Counts plus(Counts other) {
            return new Counts(onTime + other.onTime, late + other.late, inProgress + other.inProgress,
                    overdue + other.overdue, notCompleted + other.notCompleted);
        }
    }

    /** One agency or section with its counts. */
    public record Group(String key, String name, Counts counts) {
    }

    /** Tasks in progress past their due date, by how long. */
    public record OverdueAge(int upTo30Days, int from31To90Days, int over90Days) {
    }
}
