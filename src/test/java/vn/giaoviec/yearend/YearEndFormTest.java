package vn.giaoviec.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.deadline.DeadlineKind;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskPhase;
import vn.giaoviec.register.TaskStatus;
import vn.giaoviec.yearend.PlanYearEnd.Decision;

/** The year-end decision form without the engine: its rows, and the decisions read back all or nothing. */
class YearEndFormTest {

    @Test
    void eachUnfinishedTaskIsOneRowWithoutADecision() {
        AgencyDirectory directory = mock(AgencyDirectory.class);
        when(directory.nameOf("stp")).thenReturn("Sở Tư pháp");
        YearEndForm form = new YearEndForm(directory);

        List<Map<String, Object>> rows = form.rows(List.of(
                entry("KH1-1", LocalDate.of(2031, 9, 30), "Quý III/2031"), entry("KH1-2", null, "Thường xuyên")));

        assertThat(rows).extracting(r -> r.get("taskCode") + " | " + r.get("agencyName") + " | " + r.get("dueDate")
                + " | " + r.get("statusLabel")).containsExactly("KH1-1 | Sở Tư pháp | 2031-09-30 | Đang thực hiện quá hạn",
                "KH1-2 | Sở Tư pháp | Thường xuyên | Đang thực hiện quá hạn");
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("decision", null));
    }

    @Test
    void everyRowDecidedGivesTheDecisionsInTheFormsOrder() {
        assertThat(YearEndForm.decisions(List.of(row("KH1-1", "CARRY_OVER"), row("KH1-2", " CLOSE "))))
                .containsExactly(Map.entry("KH1-1", Decision.CARRY_OVER), Map.entry("KH1-2", Decision.CLOSE));
    }

    @Test
    void aBlankOrUnknownDecisionRefusesThemAllNamingTheTasks() {
        assertThatThrownBy(() -> YearEndForm.decisions(List.of(row("KH1-1", "CLOSE"), row("KH1-2", ""),
                row("KH1-3", "MAYBE"), row("KH1-4", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Chưa chọn quyết định (chuyển sang năm sau hoặc đóng) cho nhiệm vụ: KH1-2, KH1-3, KH1-4");
    }

    private static Map<String, Object> row(String taskCode, String decision) {
        Map<String, Object> row = new HashMap<>();
        row.put("taskCode", taskCode);
        row.put("decision", decision);
        return row;
    }

    private static RegisterEntry entry(String code, LocalDate due, String phrase) {
        return new RegisterEntry(code, "pi", 1L, "Nhiệm vụ " + code, "I", "stp", List.of(), "Báo cáo", phrase, due, due,
                TaskPhase.SUBMIT, TaskStatus.IN_PROGRESS_OVERDUE, 0, null, 1, "1", DeadlineKind.FIXED, null);
    }
}
