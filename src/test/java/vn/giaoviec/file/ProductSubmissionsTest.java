package vn.giaoviec.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.lifecycle.LifecycleTestSupport;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.PlanTaskProcess.Var;

/**
 * Issue 12 items 4 and 5 in the engine: after a return, the resubmitted product's review starts with
 * no decision and no reason (it used to open on "Trả lại" with the stale reason), and tells the
 * reviewer what changed since the previous submission and why it was returned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProductSubmissionsTest extends LifecycleTestSupport {

    @Autowired ProductSubmissions submissions;

    @Test
    void theSecondReviewStartsEmptyAndShowsWhatChanged() {
        String code = newCode();
        ProcessInstance instance = start(task(code, "stp", List.of(), clock.today().plusMonths(2)));
        completeAs("stp-lanhdao", openTask(instance, PlanTaskProcess.ASSIGN),
                Map.of(Var.OFFICER, "stp-chuyenvien", Var.COORDINATING_AGENCIES, List.of()));
        submit(instance, "5/KH-STP", "2031-03-10", "Kế hoạch");
        Task firstReview = openTask(instance, PlanTaskProcess.REVIEW);
        assertThat(taskService.getVariables(firstReview.getId())).doesNotContainKeys(Var.PRODUCT_CHANGES);
        completeAs("stp-lanhdao", firstReview, Map.of(Var.PRODUCT_APPROVED, false, Var.RETURN_REASON, "Sai số văn bản"));

        // while reworking, the officer still reads why it was returned
        assertThat(taskService.getVariable(openTask(instance, PlanTaskProcess.SUBMIT).getId(), Var.RETURN_REASON))
                .isEqualTo("Sai số văn bản");
        submit(instance, "6/KH-STP", "2031-03-10", "Kế hoạch đã sửa");

        Map<String, Object> review = taskService.getVariables(openTask(instance, PlanTaskProcess.REVIEW).getId());
        assertThat(review).doesNotContainKeys(Var.PRODUCT_APPROVED, Var.RETURN_REASON);
        assertThat((String) review.get(Var.PRODUCT_CHANGES)).contains("bị trả lại vì: Sai số văn bản",
                "Số, ký hiệu văn bản: 5/KH-STP → 6/KH-STP.", "Tóm tắt sản phẩm: đã sửa.").doesNotContain("Ngày văn bản");
        assertThat(submissions.of(code)).extracting(ProductSubmissions.Submission::documentNumber)
                .containsExactly("5/KH-STP", "6/KH-STP");
        assertThat(submissions.of(code)).extracting(ProductSubmissions.Submission::by)
                .containsOnly("stp-chuyenvien");
    }

    private void submit(ProcessInstance instance, String number, String date, String summary) {
        completeAs("stp-chuyenvien", openTask(instance, PlanTaskProcess.SUBMIT), Map.of(Var.DOCUMENT_NUMBER, number,
                Var.DOCUMENT_DATE, date, Var.PRODUCT_SUMMARY, summary));
    }
}
