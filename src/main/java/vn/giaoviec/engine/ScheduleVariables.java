package vn.giaoviec.engine;

import java.util.HashMap;
import java.util.Map;
import vn.giaoviec.calendar.WorkingTime.Schedule;

/**
 * A schedule as process variables, under the same names in every process that waits for a due date
 * (the task lifecycle, the periodic report): diagrams refer to ${dueAt}, ${overdueAt}, ${reminderAt}.
 */
public final class ScheduleVariables {

    public static final String DUE_DATE = "dueDate";
    public static final String DUE_AT = "dueAt";
    public static final String OVERDUE_AT = "overdueAt";
    public static final String REMINDER_AT = "reminderAt";
    public static final String COORDINATION_DUE_AT = "coordinationDueAt";

    private ScheduleVariables() {
    }

    public static Map<String, Object> of(Schedule schedule) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DUE_DATE, schedule.dueDate().toString());
        variables.put(DUE_AT, schedule.dueAt());
        variables.put(OVERDUE_AT, schedule.overdueAt());
        variables.put(REMINDER_AT, schedule.reminderAt());
        variables.put(COORDINATION_DUE_AT, schedule.coordinationDueAt());
        return variables;
    }
}
