package vn.giaoviec.progress;

/**
 * One agency's counts of tasks by the four statuses of the official reports. Withdrawn tasks are
 * not counted: the caller leaves them out.
 *
 * @param onTime     completed on time (đã hoàn thành đúng hạn)
 * @param late       completed late (đã hoàn thành quá hạn)
 * @param inProgress in progress within the deadline (đang thực hiện trong hạn)
 * @param overdue    in progress overdue (đang thực hiện quá hạn)
 * @param notCompleted closed at the plan's year end without their product (không hoàn thành)
 */
public record AgencyScore(String agencyName, int onTime, int late, int inProgress, int overdue, int notCompleted) {

    public AgencyScore {
        if (onTime < 0 || late < 0 || inProgress < 0 || overdue < 0 || notCompleted < 0) {
            throw new IllegalArgumentException("Task counts cannot be negative: " + agencyName);
        }
    }

    /** An agency of a plan still running: nothing closed not completed. */
    public AgencyScore(String agencyName, int onTime, int late, int inProgress, int overdue) {
        this(agencyName, onTime, late, inProgress, overdue, 0);
    }

    public int total() {
        return onTime + late + inProgress + overdue + notCompleted;
    }

    public int completed() {
        return onTime + late;
    }

    /**
     * The official on-time rate counts <b>completed tasks only</b>: onTime / (onTime + late), a
     * fraction in [0, 1]. Tasks still in progress (even overdue ones) do not enter it; they show in
     * their own columns. When the agency has completed nothing the rate is undefined and this
     * returns {@link Double#NaN} (the workbook leaves the cell empty rather than print 0% or 100%).
     */
    public double onTimeRate() {
        return completed() == 0 ? Double.NaN : (double) onTime / completed();
    }

    /** Completed tasks (on time or late) over all tasks, in [0, 1]; {@link Double#NaN} when the agency has none. */
    public double completionRate() {
        return total() == 0 ? Double.NaN : (double) completed() / total();
    }
}
