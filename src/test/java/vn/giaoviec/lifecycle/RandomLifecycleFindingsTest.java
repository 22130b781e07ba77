package vn.giaoviec.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.Transition;
import vn.giaoviec.register.TransitionKind;

/**
 * What {@link RandomLifecycleTest} found, each kept as a plain test named for the bug, with the
 * seed that found it.
 */
@SpringBootTest
@ActiveProfiles("test")
class RandomLifecycleFindingsTest extends LifecycleTestSupport {

    @Autowired TaskActions actions;

    /** Seed 5915355798096467525 (step 145: withdrawal after an extension was granted): the actor was empty. */
    @Test
    void aWithdrawalRecordsWhoWithdrewTheTask() {
        String code = issue("snv", List.of("stp"), "Rà soát văn bản", clock.today().plusMonths(1));
        completeAs("snv-lanhdao", openTask(instanceOf(code), PlanTaskProcess.ASSIGN), Map.of(
                PlanTaskProcess.Var.OFFICER, "snv-chuyenvien", PlanTaskProcess.Var.COORDINATING_AGENCIES, List.of("stp")));

        actions.withdraw(code, "Không còn phù hợp", new UserAccess("chanhvanphong", Set.of("vpubnd", "chanh-van-phong")));

        assertThat(register.transitions(code)).filteredOn(t -> t.kind() == TransitionKind.WITHDRAWN)
                .extracting(Transition::actor).containsExactly("chanhvanphong");
    }
}
