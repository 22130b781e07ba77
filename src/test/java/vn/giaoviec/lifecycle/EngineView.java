package vn.giaoviec.lifecycle;

import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import vn.giaoviec.register.RegisterEntry;

/**
 * What the register and the engine hold for one task at one moment, read together so that the
 * invariants of {@link LifecycleTestSupport} can be checked on it: its register row, whether its
 * lifecycle runs, its open work, the due date and the coordinating agencies the engine keeps (the
 * plan's, then the leader's choice; as the variable holds them), its timers and, once ended, whether it
 * ended by withdrawal.
 */
public record EngineView(RegisterEntry entry, boolean running, List<Task> open, String engineDueDate,
                         Object engineCoordinators, List<Job> timers, boolean endedWithdrawn) {
}
