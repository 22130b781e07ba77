package vn.giaoviec.lifecycle;

import java.util.Set;
import vn.giaoviec.engine.ScheduleVariables;
import vn.giaoviec.register.TaskPhase;

/** Ids of bpmn/nhiem-vu.bpmn that code and tests use: change them here and in the diagram together. */
public final class PlanTaskProcess {

    public static final String KEY = "planTask";

    public static final String WORK = "SubProcess_Work";
    public static final String ASSIGN = "assignTask";
    public static final String CONTRIBUTE = "sendContribution";
    /** One coordinating agency's request (multi-instance): its contribution task and its own timers. */
    public static final String CONTRIBUTION_REQUEST = "SubProcess_Contribution";
    public static final String SUBMIT = "submitProduct";
    public static final String REVIEW = "reviewProduct";
    public static final String HANDLE_OVERDUE = "handleOverdue";
    public static final String EXPLAIN = "explainDelay";
    public static final String DECIDE_EXTENSION = "decideExtension";
    public static final String REMIND = "sendReminder";
    public static final String MARK_OVERDUE = "markOverdue";
    public static final String RECORD_URGE = "recordUrge";
    public static final String GRANT_NEW_DATE = "grantNewDueDate";
    public static final String GRANT_EXTENSION = "grantExtension";
    public static final String CLOSE = "closeTask";

    public static final String EVENT_REMINDER = "Event_ReminderDue";
    public static final String EVENT_OVERDUE = "Event_Overdue";
    public static final String EVENT_ESCALATION_CYCLE = "Event_EscalationCycleElapsed";
    /** The Chánh Văn phòng let a whole cycle pass without handling the escalation: it escalates again. */
    public static final String EVENT_ESCALATION_IGNORED = "Event_EscalationIgnored";
    /** The lead agency gave no explanation within a cycle: the task escalates again. */
    public static final String EVENT_EXPLANATION_MISSING = "Event_ExplanationMissing";
    public static final String EVENT_CONTRIBUTION_REMINDER = "Event_ContributionReminderDue";
    public static final String EVENT_CONTRIBUTION_OVERDUE = "Event_ContributionOverdue";
    /** An overdue contribution is reported to the lead agency's leader again after each cycle. */
    public static final String EVENT_CONTRIBUTION_ESCALATION_CYCLE = "Event_ContributionEscalationCycle";
    /** The subprocess that holds a task's timers; a new due date restarts it. */
    public static final String CLOCK = "SubProcess_Clock";
    public static final String END_CLOSED = "EndEvent_TaskClosed";
    public static final String END_WITHDRAWN = "EndEvent_TaskWithdrawn";
    public static final String END_EXTENSION_REFUSED = "EndEvent_ExtensionRefused";

    /** Thrown when a due date is granted (escalation or extension): the clock starts again with it. */
    public static final String ESCALATION_DUE_DATE_CHANGED = "DueDateChanged";

    public static final String MESSAGE_EXTENSION_REQUESTED = "ExtensionRequested";
    public static final String MESSAGE_WITHDRAWN = "TaskWithdrawn";
    /** The lead agency's leader ends coordination without the agencies that have not contributed. */
    public static final String MESSAGE_COORDINATION_CLOSED = "CoordinationClosed";
    /** The lead agency's leader gave one coordinating agency's request a new due date: its clock starts again. */
    public static final String MESSAGE_CONTRIBUTION_DUE_DATE_CHANGED = "ContributionDueDateChanged";
    /** Recurring work carried over into the next plan year: a new due date (newDueDate, decisionNote), the clock restarts. */
    public static final String MESSAGE_CARRIED_OVER = "PeriodicWorkCarriedOver";

    /** Values of the Chánh Văn phòng's choice in the handleOverdue form. */
    public static final String ACTION_URGE = "URGE";
    public static final String ACTION_EXPLAIN = "EXPLAIN";
    public static final String ACTION_NEW_DATE = "NEW_DATE";

    /** Instants derived from the due date (the due date itself is kept) and the form option lists. */
    public static final Set<String> ENGINE_ONLY_VARIABLES = Set.of(Var.DUE_AT, Var.OVERDUE_AT, Var.REMINDER_AT,
            Var.COORDINATION_DUE_AT, Var.OFFICER_OPTIONS, Var.AGENCY_OPTIONS);
    /** The same, local to a coordinating agency's request while it is open. */
    public static final Set<String> REQUEST_ENGINE_ONLY_VARIABLES = Set.of(Var.REQUEST_DUE_AT, Var.REQUEST_OVERDUE_AT,
            Var.REQUEST_REMINDER_AT);

    /** The phase a user task of the work subprocess stands for, or null for side tasks. */
    public static TaskPhase phaseOf(String activityId) {
        return switch (activityId) {
            case ASSIGN -> TaskPhase.ASSIGN;
            case CONTRIBUTE -> TaskPhase.COORDINATE;
            case SUBMIT -> TaskPhase.SUBMIT;
            case REVIEW -> TaskPhase.REVIEW;
            default -> null;
        };
    }

    /** Process variables; form field keys are exactly these names. */
    public static final class Var {
        public static final String TASK_CODE = "taskCode";
        public static final String TITLE = "title";
        public static final String SECTION = "section";
        public static final String LEAD_AGENCY = "leadAgency";
        public static final String LEAD_AGENCY_NAME = "leadAgencyName";
        public static final String COORDINATING_AGENCIES = "coordinatingAgencies";
        public static final String COORDINATING_AGENCY = "coordinatingAgency";
        public static final String EXPECTED_PRODUCT = "expectedProduct";
        public static final String DEADLINE_TEXT = "deadlineText";
        public static final String DUE_DATE = ScheduleVariables.DUE_DATE;
        public static final String DUE_AT = ScheduleVariables.DUE_AT;
        public static final String OVERDUE_AT = ScheduleVariables.OVERDUE_AT;
        public static final String REMINDER_AT = ScheduleVariables.REMINDER_AT;
        public static final String COORDINATION_DUE_AT = ScheduleVariables.COORDINATION_DUE_AT;
        public static final String OFFICER = "officer";
        public static final String OFFICER_OPTIONS = "officerOptions";
        public static final String AGENCY_OPTIONS = "agencyOptions";
        /** The leader's "Ý kiến chỉ đạo" when assigning (shown to the officer on the task page). */
        public static final String ASSIGNMENT_NOTE = "assignmentNote";
        /** For the reviewer of a resubmitted product: what changed since the previous submission. */
        public static final String PRODUCT_CHANGES = "productChanges";
        public static final String CONTRIBUTION = "contribution";
        /** The lead leader's "Hạn gửi ý kiến phối hợp" in the assignment form (empty: the configured default). */
        public static final String CONTRIBUTION_DUE_DATE = "contributionDueDate";
        /**
         * The lead leader's "Hạn riêng của từng cơ quan": rows of {@link #ROW_AGENCY} and {@link #ROW_DUE_DATE}
         * for the coordinating agencies whose date differs from {@link #CONTRIBUTION_DUE_DATE}.
         */
        public static final String CONTRIBUTION_DUE_DATES = "contributionDueDates";
        public static final String ROW_AGENCY = "agency";
        public static final String ROW_DUE_DATE = "dueDate";
        /** Local to one coordinating agency's request: its due date and the instants of its timers. */
        public static final String REQUEST_DUE_DATE = "requestDueDate";
        public static final String REQUEST_DUE_AT = "requestDueAt";
        public static final String REQUEST_OVERDUE_AT = "requestOverdueAt";
        public static final String REQUEST_REMINDER_AT = "requestReminderAt";
        public static final String CONTRIBUTIONS = "contributionsSummary";
        public static final String DOCUMENT_NUMBER = "documentNumber";
        public static final String DOCUMENT_DATE = "documentDate";
        public static final String PRODUCT_SUMMARY = "productSummary";
        public static final String PRODUCT_LINK = "productLink";
        public static final String PRODUCT_APPROVED = "productApproved";
        public static final String RETURN_REASON = "returnReason";
        public static final String OVERDUE_ACTION = "overdueAction";
        public static final String URGE_NOTE = "urgeNote";
        public static final String EXPLANATION = "explanation";
        public static final String NEW_DUE_DATE = "newDueDate";
        public static final String EXTENSION_REASON = "extensionReason";
        public static final String EXTENSION_APPROVED = "extensionApproved";
        public static final String DECISION_NOTE = "decisionNote";
        public static final String WITHDRAWAL_REASON = "withdrawalReason";
        /** Who withdrew the task (the message arrives outside any engine authentication). */
        public static final String WITHDRAWN_BY = "withdrawnBy";
        /** Who set a new due date outside a person's form (the year end carrying recurring work over). */
        public static final String DUE_DATE_SET_BY = "dueDateSetBy";

        private Var() {
        }
    }

    private PlanTaskProcess() {
    }
}
