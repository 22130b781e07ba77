package vn.giaoviec.progress;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.giaoviec.register.TaskStatus;

/**
 * Which tasks of a plan a view counts: by agency, section, status, due month, and always limited
 * to the agencies the user may see ({@code visibleAgencies} null = the whole province).
 */
public record ProgressFilter(String agency, String section, TaskStatus status, YearMonth dueMonth,
                             List<String> visibleAgencies) {

    public static ProgressFilter all(List<String> visibleAgencies) {
        return new ProgressFilter(null, null, null, null, visibleAgencies);
    }

    /** The SQL condition (after "where plan_id = ?") and its arguments, appended to {@code args}. */
    String where(List<Object> args) {
        StringBuilder sql = new StringBuilder(" and status <> 'WITHDRAWN'");
        if (visibleAgencies != null) {
            sql.append(" and lead_agency in (").append(placeholders(visibleAgencies.size())).append(")");
            args.addAll(visibleAgencies.isEmpty() ? List.of("") : visibleAgencies);
        }
        if (agency != null && !agency.isBlank()) {
            sql.append(" and lead_agency = ?");
            args.add(agency);
        }
        if (section != null && !section.isBlank()) {
            sql.append(" and section = ?");
            args.add(section);
        }
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        if (dueMonth != null) {
            sql.append(" and due_date between ? and ?");
            args.add(java.sql.Date.valueOf(dueMonth.atDay(1)));
            args.add(java.sql.Date.valueOf(dueMonth.atEndOfMonth()));
        }
        return sql.toString();
    }

    private static String placeholders(int count) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < Math.max(count, 1); i++) {
            marks.add("?");
        }
        return String.join(",", marks);
    }
}
