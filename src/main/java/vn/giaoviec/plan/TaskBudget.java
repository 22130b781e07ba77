package vn.giaoviec.plan;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many tasks one import may start. A plan is committed in one transaction (all or nothing). Rows
 * are capped by the readers (5,000), but a row addressed to a collective ("UBND các xã") becomes one
 * task per member, so a small file could ask for hundreds of thousands. The limit is checked before
 * anything is written.
 * <p>
 * What an import holds until it commits: on PostgreSQL little since the engine lets each command's
 * entities go ({@code engine/CommandMemoryRelease}; B1 with 7,020 tasks: live heap flat at about
 * 100 MB); on the embedded H2 the uncommitted rows themselves (B1 with 7,020 tasks peaked at 446 MiB of
 * 512 MiB). Before that release every started instance stayed in memory and 7,020 tasks ran a 512 MiB
 * node out of memory. The default is sized for H2, the stricter of the two.
 * <p>
 * {@code giaoviec.import.max-tasks}: 0 (the default) derives it from the heap — (max heap − 160 MiB)
 * × 24, e.g. 8,448 tasks for {@code -Xmx512m}, 20,736 for {@code -Xmx1g}; a PostgreSQL server may set
 * more.
 */
@Component
public class TaskBudget {

    private static final long BASE_MIB = 160;
    private static final long TASKS_PER_MIB = 24;
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
