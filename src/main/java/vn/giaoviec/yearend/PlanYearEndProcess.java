package vn.giaoviec.yearend;

/** Ids of bpmn/ket-thuc-nam-ke-hoach.bpmn that code and tests use: change them here and in the diagram together. */
public final class PlanYearEndProcess {

    public static final String KEY = "planYearEnd";

    public static final String EVENT_YEAR_END_REACHED = "Event_YearEndReached";
    public static final String LIST_UNFINISHED = "listUnfinishedTasks";
    public static final String DECIDE = "decideYearEnd";
    public static final String CLOSE = "closePlanYear";
    public static final String END = "EndEvent_PlanClosed";

    /** Process variables; form field keys are exactly these names. */
    public static final class Var {
        public static final String PLAN_ID = "planId";
        public static final String PLAN_YEAR = "planYear";
        public static final String PLAN_TITLE = "planTitle";
        public static final String YEAR_END_AT = "yearEndAt";
        public static final String DECIDER_GROUP = "deciderGroup";
        /** Rows of the decision form: taskCode, title, agencyName, dueDate, statusLabel, decision. */
        public static final String UNFINISHED_TASKS = "unfinishedTasks";
        public static final String DECISION = "decision";
        public static final String DECIDED_BY = "decidedBy";

        private Var() {
        }
    }

    public static String businessKey(long planId) {
        return "KTN-KH" + planId;
    }

    private PlanYearEndProcess() {
    }
}
