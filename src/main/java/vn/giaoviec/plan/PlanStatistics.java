package vn.giaoviec.plan;

import java.util.List;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskStatus;

/** A plan's final figures, counted from the task register (carried-over tasks now belong to the next plan). */
public record PlanStatistics(long total, long doneOnTime, long doneLate, long notCompleted, long withdrawn,
                             long carriedOver, long stillOpen) {

    public static PlanStatistics of(List<RegisterEntry> tasks, List<RegisterEntry> carriedOut) {
        return new PlanStatistics(tasks.size() + carriedOut.size(), count(tasks, TaskStatus.DONE_ON_TIME),
                count(tasks, TaskStatus.DONE_LATE), count(tasks, TaskStatus.NOT_COMPLETED),
                count(tasks, TaskStatus.WITHDRAWN), carriedOut.size(),
                tasks.stream().filter(RegisterEntry::isOpen).count());
    }

    private static long count(List<RegisterEntry> tasks, TaskStatus status) {
        return tasks.stream().filter(e -> e.status() == status).count();
    }
}
