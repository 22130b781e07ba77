package vn.giaoviec.plan;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many tasks one import may start. A plan is committed in one transaction (all or nothing), and
 * until it commits the engine keeps every instance it started in memory — about 64 KB per task
 * (B1 on PostgreSQL: 5,040 tasks peaked at 401 MiB of a 512 MiB heap; 7,020 ran out of memory and took
 * the node's threads with it). Rows are capped by the readers (5,000), but a row addressed to a
 * collective ("UBND các xã") becomes one task per member, so a small file could ask for hundreds of
 * thousands. The limit is checked before anything is written.
 * <p>
 * {@code giaoviec.import.max-tasks}: 0 (the default) derives it from the heap — (max heap − 160 MiB)
 * × 16, e.g. 5,632 tasks for {@code -Xmx512m}, 13,824 for {@code -Xmx1g}.
 */
@Component
public class TaskBudget {

    private static final long BASE_MIB = 160;
    private static final long TASKS_PER_MIB = 16;
    private static final long MIN_TASKS = 500;

    private final long maxTasks;

    public TaskBudget(@Value("${giaoviec.import.max-tasks:0}") long configured) {
        this.maxTasks = configured > 0 ? configured : derived(Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    static long derived(long maxHeapMib) {
        return Math.max(MIN_TASKS, (maxHeapMib - BASE_MIB) * TASKS_PER_MIB);
    }

    public long maxTasks() {
        return maxTasks;
    }

    /** Refuses, in words the importer understands, a plan that would start more tasks than the server can hold. */
    public void require(int tasks) {
        if (tasks > maxTasks) {
            NumberFormat vi = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
            throw new PlanImportException("Kế hoạch này tạo " + vi.format(tasks) + " nhiệm vụ, quá giới hạn "
                    + vi.format(maxTasks) + " nhiệm vụ mỗi lần nhập của máy chủ này (theo bộ nhớ của máy chủ). Chưa có gì"
                    + " được ghi. Hãy nhập kế hoạch thành nhiều phần, hoặc đề nghị quản trị viên tăng bộ nhớ máy chủ"
                    + " (tham số -Xmx) hay giới hạn giaoviec.import.max-tasks.");
        }
    }
}
