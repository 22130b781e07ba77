package vn.giaoviec.inbox;

import java.util.List;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.people.Person;

/**
 * The bulk action a list offers (template inbox/bulk.html): urging or asking explanations on the
 * Chánh Văn phòng's overdue tasks, assigning "Phân công xử lý" rows to one officer. Only rows of
 * that step get a checkbox.
 */
public record BulkPanel(String fragment, String step, List<Person> officers) {

    static BulkPanel escalations() {
        return new BulkPanel("escalations", PlanTaskProcess.HANDLE_OVERDUE, List.of());
    }

    static BulkPanel assignment(List<Person> officers) {
        return new BulkPanel("assign", PlanTaskProcess.ASSIGN, officers);
    }

    public boolean accepts(InboxRow row) {
        return step.equals(row.stepKey());
    }

    boolean appliesTo(List<InboxRow> rows) {
        return rows.stream().anyMatch(this::accepts);
    }
}
