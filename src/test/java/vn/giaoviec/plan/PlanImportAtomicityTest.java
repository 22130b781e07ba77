package vn.giaoviec.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.giaoviec.register.TaskRegister;

/**
 * A failure in the middle of a commit (the second chunk of tasks) leaves nothing behind: no plan, no
 * task, no instance, no alias.
 */
@SpringBootTest
@ActiveProfiles("test")
class PlanImportAtomicityTest {

    @Autowired PlanImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @MockitoSpyBean TaskRegister register;

    @Test
    void aFailureAfterTheFirstTasksWereStartedRollsBackTheWholeImport() throws Exception {
        AtomicInteger chunks = new AtomicInteger();
        doAnswer(call -> {
            if (chunks.incrementAndGet() == 2) {
                throw new IllegalStateException("máy chủ dừng giữa chừng");
            }
            return call.callRealMethod();
        }).when(register).insertAll(any(), any());
        long plans = count("plan");
        long tasks = count("task_register");
        long transitions = count("task_transition");
        long aliases = count("agency_alias");
        long instances = runtimeService.createProcessInstanceQuery().count();
        long historic = historyService.createHistoricProcessInstanceQuery().count();

        assertThatThrownBy(() -> importer.commit("ke-hoach.txt", PlanImportApiTest.seed000(), null,
                Map.of("Sở Nội", "snv"), true, "demo")).hasMessageContaining("giữa chừng");

        assertThat(chunks).as("the first chunk of lifecycles was started and registered").hasValue(2);
        assertThat(count("plan")).isEqualTo(plans);
        assertThat(count("task_register")).isEqualTo(tasks);
        assertThat(count("task_transition")).isEqualTo(transitions);
        assertThat(count("agency_alias")).isEqualTo(aliases);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(historic);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
