package vn.giaoviec.yearend;

import static vn.giaoviec.yearend.PlanYearEndProcess.Var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.register.RegisterEntry;

/**
 * The year-end decision form (forms/quyet-dinh-ket-thuc-nam.form), apart from the engine: one row per
 * unfinished task, and the decisions read back from the rows — all or nothing.
 */
@Component
class YearEndForm {

    static final String ROWS = "Danh sách nhiệm vụ chưa hoàn thành";

    private final AgencyDirectory directory;

    YearEndForm(AgencyDirectory directory) {
        this.directory = directory;
    }

    /** One row per unfinished task: code, title, lead agency, due date (or the phrase), status, no decision yet. */
    List<Map<String, Object>> rows(List<RegisterEntry> unfinished) {
        return unfinished.stream().map(this::row).toList();
    }

    /**
     * The decision of every row, or an IllegalArgumentException naming the rows without one (blank or
     * not a {@link PlanYearEnd.Decision}): nothing is decided while one row is undecided.
     */
    static Map<String, PlanYearEnd.Decision> decisions(List<Map<String, Object>> rows) {
        Map<String, PlanYearEnd.Decision> decisions = new LinkedHashMap<>();
        List<String> undecided = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String code = String.valueOf(row.get("taskCode"));
            PlanYearEnd.Decision decision = decision(row.get(Var.DECISION));
            if (decision == null) {
                undecided.add(code);
            } else {
                decisions.put(code, decision);
            }
        }
        if (!undecided.isEmpty()) {
            throw new IllegalArgumentException(
                    "Chưa chọn quyết định (chuyển sang năm sau hoặc đóng) cho nhiệm vụ: " + String.join(", ", undecided));
        }
        return decisions;
    }

    private Map<String, Object> row(RegisterEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("taskCode", entry.taskCode());
        row.put("title", entry.title());
        row.put("agencyName", directory.nameOf(entry.leadAgency()));
        row.put("dueDate", entry.dueDate() == null ? entry.deadlineText() : entry.dueDate().toString());
        row.put("statusLabel", entry.status().label());
        row.put(Var.DECISION, null);
        return row;
    }

    private static PlanYearEnd.Decision decision(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return PlanYearEnd.Decision.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
