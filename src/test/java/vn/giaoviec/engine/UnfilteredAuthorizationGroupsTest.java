package vn.giaoviec.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;

/**
 * The engine checks a person's rights with all their groups instead of first reading which groups hold any
 * authorization (a read of the whole authorization table per command): the decisions stay Camunda's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnfilteredAuthorizationGroupsTest {

    @Autowired ProcessEngine engine;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;
    @Autowired TaskLauncher launcher;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void theEngineUsesTheAuthorizationManagerThatKeepsEveryGroup() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
                .isInstanceOf(UnfilteredAuthorizationGroups.Manager.class);
    }

    @Test
    void groupsWithoutAuthorizationsChangeNoDecision() {
        String instance = launcher.start(new NewTask("NHOM-" + System.nanoTime(), null, null, null, "Rà soát thủ tục hành chính",
                "I", "snv", List.of(), "Báo cáo", "Quý IV/2030", LocalDate.of(2030, 12, 31), DeadlineKind.FIXED), "demo");
        // the lead agency's leader, also in a group that holds no authorization at all
        signIn("snv-lanhdao", "nhom-khong-co-quyen");
        Task assignment = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(assignment).as("the leader sees the assignment through the agency group's grant").isNotNull();
        taskService.claim(assignment.getId(), "snv-lanhdao");
        assertThat(taskService.createTaskQuery().taskAssignee("snv-lanhdao").processInstanceId(instance).count()).isEqualTo(1);

        // another agency's leader with the same extra group still sees nothing of it
        signIn("stp-lanhdao", "nhom-khong-co-quyen");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
    }

    private void signIn(String userId, String extraGroup) {
        List<String> groups = new ArrayList<>(identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
        groups.add(extraGroup);
        identityService.setAuthentication(userId, groups);
    }
}
