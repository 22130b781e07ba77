package vn.giaoviec.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giaoviec.agency.AgencyKind;
import vn.giaoviec.plan.ImportChoices.NameChoice;
import vn.giaoviec.plan.ImportChoices.RowEdit;
import vn.giaoviec.plan.read.AppendixRow;

/**
 * The preview form as posted: per row "skip.N", "lead.N", "coordinators.N", "product.N", "deadline.N",
 * "dueDate.N" (N = row number); per name "name.K", "choice.K", "newName.K", "newKind.K"; "saveAliases".
 * Only rows of the draft are read, so a form cannot make more edits than the plan has rows.
 */
final class ImportForm {

    private static final int MAX_NAMES = 500;
    private static final int MAX_FIELD = 4_000;
    private static final List<String> ROW_FIELDS = List.of("skip", "lead", "coordinators", "product", "deadline",
            "dueDate");

    private ImportForm() {
    }

    /** The choices; a date that cannot be read is left out and named in {@code problems}. */
    static ImportChoices choices(Map<String, String> form, List<AppendixRow> rows, List<String> problems) {
        Map<Integer, RowEdit> edits = new LinkedHashMap<>();
        for (AppendixRow row : rows) {
            int n = row.row();
            if (ROW_FIELDS.stream().anyMatch(field -> form.containsKey(field + "." + n))) {
                edits.put(n, new RowEdit("true".equals(form.get("skip." + n)), field(form, "lead." + n),
                        field(form, "coordinators." + n), field(form, "product." + n), field(form, "deadline." + n),
                        date(form.get("dueDate." + n), n, problems)));
            }
        }
        Map<String, NameChoice> names = new LinkedHashMap<>();
        for (int k = 0; k < MAX_NAMES && form.containsKey("name." + k); k++) {
            String name = field(form, "name." + k);
            if (name != null && !name.isBlank()) {
                names.put(name, new NameChoice(field(form, "choice." + k), field(form, "newName." + k),
                        kind(form.get("newKind." + k))));
            }
        }
        return new ImportChoices(edits, names, "true".equals(form.get("saveAliases")));
    }

    /** The names to show choices for: those already chosen, then those still unknown. */
    static List<String> namesToChoose(ImportChoices choices, PlanPreview preview) {
        List<String> names = new ArrayList<>(choices.names().keySet());
        preview.unknownNames().stream().filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    private static String field(Map<String, String> form, String key) {
        String value = form.get(key);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_FIELD) {
            throw new PlanImportException("Một ô trong bản xem trước dài quá " + MAX_FIELD + " ký tự.");
        }
        return value;
    }

    private static LocalDate date(String value, int row, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add("Dòng " + row + ": ngày hoàn thành chọn không hợp lệ, chưa được dùng; hãy chọn lại bằng ô lịch.");
        return null;
    }

    private static AgencyKind kind(String value) {
        try {
            return value == null || value.isBlank() ? AgencyKind.SO : AgencyKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return AgencyKind.SO;
        }
    }
}
