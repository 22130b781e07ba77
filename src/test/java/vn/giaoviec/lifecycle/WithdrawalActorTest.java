package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.register.TransitionKind;

/** A withdrawal sent through the API (no engine authentication) names who withdrew in the task's history. */
@SpringBootTest
@ActiveProfiles("test")
class WithdrawalActorTest {

    @Autowired TaskLauncher launcher;
    @Autowired TaskActions actions;
    @Autowired TaskRegister register;
    @Autowired JdbcTemplate jdbc;

    @Test
    void withdrawalRecordsWhoWithdrew() {
        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        launcher.start(new NewTask(code, plan(), null, null, "Nhiệm vụ thu hồi", "I", "stp", List.of(), "Báo cáo",
                "Quý IV/2093", LocalDate.of(2093, 12, 31), DeadlineKind.FIXED), "demo");

        actions.withdraw(code, "Không còn phù hợp", new UserAccess("chanhvanphong", Set.of("chanh-van-phong")));

        assertThat(register.get(code).phase()).isEqualTo(TaskPhase.WITHDRAWN);
        assertThat(register.transitions(code)).filteredOn(t -> t.kind() == TransitionKind.WITHDRAWN)
                .extracting(Transition::actor).containsExactly("chanhvanphong");
    }

    private long plan() {
        String unique = UUID.randomUUID().toString().replace("-", "");
        jdbc.update("insert into plan (decision_number, title, issuer, plan_year, monitoring_agency, source_file,"
                        + " source_sha256, task_count, imported_by, imported_at) values (?,?,?,?,?,?,?,?,?,?)",
                unique.substring(0, 20), "Kế hoạch CCHC năm 2093", "UBND tỉnh", 2093, "snv", "test.docx", unique, 0,
                "demo", Timestamp.valueOf(LocalDateTime.now()));
        return jdbc.queryForObject("select id from plan where source_sha256 = ?", Long.class, unique);
    }
}
