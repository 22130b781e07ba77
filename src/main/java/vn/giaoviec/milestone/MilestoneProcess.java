package vn.giaoviec.milestone;

import java.util.Set;
import vn.giaoviec.engine.ScheduleVariables;

/** Ids of bpmn/moc-thuc-hien.bpmn that code and tests use: change them here and in the diagram together. */
public final class MilestoneProcess {

    public static final String KEY = "taskMilestone";

    public static final String REPORT = "reportMilestone";
    public static final String RECORD = "recordMilestone";
    public static final String REMIND = "remindMilestone";
    public static final String MARK_OVERDUE = "markMilestoneOverdue";
    public static final String URGE = "urgeMilestone";
    public static final String RECORD_URGE = "recordMilestoneUrge";

    public static final String EVENT_OPENS = "Event_MilestoneOpens";
    public static final String EVENT_REMINDER = "Event_MilestoneReminderDue";
    public static final String EVENT_OVERDUE = "Event_MilestoneOverdue";
    /** The agency has still not reported one escalation cycle after the Chánh Văn phòng urged it. */
    public static final String EVENT_URGE_CYCLE = "Event_MilestoneUrgeCycle";
    public static final String EVENT_URGE_IGNORED = "Event_MilestoneUrgeIgnored";
    public static final String END_DONE = "EndEvent_MilestoneDone";

    /** Instants derived from the due date, which only the timers read. */
    public static final Set<String> ENGINE_ONLY_VARIABLES = Set.of(Var.OPENS_AT, Var.DUE_AT, Var.OVERDUE_AT,
            Var.REMINDER_AT, ScheduleVariables.COORDINATION_DUE_AT);

    /** Process variables; form field keys are exactly these names. */
    public static final class Var {
        public static final String TASK_CODE = "taskCode";
        public static final String TITLE = "title";
        public static final String LEAD_AGENCY = "leadAgency";
        public static final String LEAD_AGENCY_NAME = "leadAgencyName";
        public static final String DEADLINE_TEXT = "deadlineText";
        public static final String SEQ = "milestoneSeq";
        public static final String LABEL = "milestoneLabel";
        /** dd/mm/yyyy, as the forms show it. */
        public static final String MILESTONE_DUE_DATE = "milestoneDueDate";
        public static final String OPENS_AT = "opensAt";
        public static final String DUE_AT = ScheduleVariables.DUE_AT;
        public static final String OVERDUE_AT = ScheduleVariables.OVERDUE_AT;
        public static final String REMINDER_AT = ScheduleVariables.REMINDER_AT;
        public static final String RESULT = "milestoneResult";
        public static final String LINK = "milestoneLink";
        public static final String URGE_NOTE = "urgeNote";

        private Var() {
        }
    }

    private MilestoneProcess() {
    }
}
