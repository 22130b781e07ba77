package vn.giaoviec.report;

/** Ids of bpmn/bao-cao-dinh-ky.bpmn that code and tests use: change them here and in the diagram together. */
public final class PeriodicReportProcess {

    public static final String KEY = "periodicReport";

    public static final String EVENT_CUTOFF_REACHED = "Event_CutoffReached";
    public static final String OPEN_REPORTS = "openReports";
    public static final String AGENCY_REPORT = "SubProcess_AgencyReport";
    public static final String SUBMIT = "submitReport";
    public static final String APPROVE = "approveReport";
    public static final String RECORD = "recordReport";
    public static final String EVENT_REMINDER = "Event_ReportReminderDue";
    public static final String REMIND = "sendReportReminder";
    public static final String EVENT_OVERDUE = "Event_ReportOverdue";
    public static final String MARK_OVERDUE = "markReportOverdue";
    public static final String URGE = "urgeLateReport";
    public static final String EVENT_REPORT_MISSED = "Event_ReportMissed";
    public static final String MARK_MISSING = "markReportMissing";
    public static final String EVENT_COMPILE_DATE = "Event_CompileDateReached";
    public static final String SUMMARIZE = "summarizeReports";
    public static final String COMPILE = "compileReport";
    public static final String ACKNOWLEDGE = "acknowledgeReport";
    public static final String END = "EndEvent_PeriodReported";

    /** Process variables; form field keys are exactly these names (dates: see DeadlineSchedule.Schedule). */
    public static final class Var {
        public static final String PLAN_ID = "planId";
        public static final String PLAN_YEAR = "planYear";
        public static final String PERIOD = "period";
        public static final String PERIOD_NAME = "periodName";
        public static final String CUTOFF_START = "cutoffStart";
        public static final String CUTOFF_END = "cutoffEnd";
        public static final String REPORT_OPENS_AT = "reportOpensAt";
        public static final String COMPILE_AT = "compileAt";
        public static final String COMPILER_GROUP = "compilerGroup";
        public static final String OFFICE_LEADER_GROUP = "officeLeaderGroup";
        public static final String REPORTING_AGENCIES = "reportingAgencies";
        public static final String AGENCY = "agency";
        public static final String AGENCY_NAME = "agencyName";
        public static final String AGENCY_LEADER_GROUP = "agencyLeaderGroup";
        public static final String PROGRESS_ITEMS = "progressItems";
        public static final String REPORT_TEXT = "reportText";
        public static final String REPORT_LINK = "reportLink";
        public static final String REPORTED_BY = "reportedBy";
        public static final String REPORT_APPROVED = "reportApproved";
        public static final String RETURN_REASON = "returnReason";
        public static final String URGE_NOTE = "urgeNote";
        public static final String AGENCY_FIGURES = "agencyFigures";
        public static final String AGENCY_COUNT = "agencyCount";
        public static final String REPORTED_COUNT = "reportedCount";
        public static final String LATE_COUNT = "lateCount";
        public static final String MISSING_COUNT = "missingCount";
        /** Set once Sở Nội vụ's compiling has begun: reports approved later end without a second compilation. */
        public static final String SUMMARIZED = "summarized";
        public static final String COMPILED_REPORT = "compiledReport";
        public static final String COMPILED_REPORT_LINK = "compiledReportLink";
        public static final String REPORT_ACKNOWLEDGED = "reportAcknowledged";

        private Var() {
        }
    }

    private PeriodicReportProcess() {
    }
}
