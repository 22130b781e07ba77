package vn.giaoviec.notification;

/** Who must hear of a change, by their part in the task or report it is about. */
enum Audience {
    /** The lead agency's leaders: they assign, review and answer for the task. */
    LEAD_LEADERS,
    /** The officer the lead agency's leader assigned (nobody before assignment). */
    OFFICER,
    /** The officer once assigned, the lead agency's leaders before. */
    OFFICER_OR_LEAD_LEADERS,
    /** The Chánh Văn phòng UBND tỉnh, who follows up overdue work and decides on deadlines. */
    CHIEF,
    /** The leaders of every coordinating agency. */
    COORDINATOR_LEADERS,
    /** Whoever may take the user task that was just created: its assignee, candidate users and groups. */
    CANDIDATES,
    /** The leaders of the agency a periodic report belongs to. */
    REPORT_AGENCY_LEADERS
}
