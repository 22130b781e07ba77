package vn.giaoviec.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The job executor's acquisition thread fetches every reminder, overdue and escalation timer. An Error
 * inside it (an OutOfMemoryError once did) ends that thread for good while the executor still counts
 * as active, so Camunda's own "jobExecutor" indicator stays UP and the node silently fires nothing.
 * This says DOWN then, so that the supervisor (Docker's HEALTHCHECK, systemd) restarts the node.
 * A stopped executor is Camunda's indicator's to report.
 */
@Component
@ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class JobExecutorHealth implements HealthIndicator {

    private final ProcessEngineConfigurationImpl engine;

    JobExecutorHealth(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        JobExecutor executor = engine.getJobExecutor();
        if (executor != null && executor.isActive() && !threadAlive(executor.getName())) {
            return Health.down().withDetail("lý do", "luồng lấy hẹn giờ của job executor đã dừng").build();
        }
        return Health.up().build();
    }

    /** Camunda names the acquisition thread after its executor. */
    private static boolean threadAlive(String name) {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() * 2 + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (name.equals(threads[i].getName()) && threads[i].isAlive()) {
                return true;
            }
        }
        return false;
    }
}
