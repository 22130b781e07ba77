package vn.giaoviec.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.identity.DemoUsers;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.register.TaskRegister;

/**
 * Demo people and two demo tasks, for the embedded profile only (giaoviec.demo-data=true):
 * one of Sở Nội vụ with a coordinating agency, one of Sở Tư pháp without.
 */
@Component
@ConditionalOnProperty(name = "giaoviec.demo-data", havingValue = "true")
class DemoData {

    private final DemoUsers users;
    private final AgencyDirectory directory;
    private final TaskLauncher launcher;
    private final TaskRegister register;
    private final ProvinceClock clock;

    DemoData(DemoUsers users, AgencyDirectory directory, TaskLauncher launcher, TaskRegister register,
             ProvinceClock clock) {
        this.users = users;
        this.directory = directory;
        this.launcher = launcher;
        this.register = register;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void create() {
        users.create();
        LocalDate inAMonth = clock.today().plusMonths(1);
        startOnce(new NewTask("DEMO-1", null, null, null, "Xây dựng Kế hoạch tự kiểm tra CCHC của cơ quan năm nay",
                "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "snv", List.of("stp"), "Kế hoạch được ban hành",
                "Quý I", inAMonth, DeadlineKind.FIXED));
        startOnce(new NewTask("DEMO-2", null, null, null, "Rà soát văn bản quy phạm pháp luật do cơ quan tham mưu ban hành",
                "II. CẢI CÁCH THỂ CHẾ", "stp", List.of(), "Báo cáo kết quả rà soát", "Tháng 6",
                inAMonth.plusMonths(2), DeadlineKind.FIXED));
    }

    /** Once, and only where the deployment's directory has the demo agencies. */
    private void startOnce(NewTask task) {
        boolean agenciesExist = directory.find(task.leadAgency()).isPresent()
                && task.coordinatingAgencies().stream().allMatch(code -> directory.find(code).isPresent());
        if (agenciesExist && register.find(task.taskCode()).isEmpty()) {
            launcher.start(task, "demo");
        }
    }
}
