package vn.giaoviec.agency;

/** What an agency does for the whole province besides its own tasks. */
public enum AgencyRole {
    /** Văn phòng UBND: its Chief (Chánh Văn phòng) receives overdue work. */
    OFFICE,
    /** Standing agency for administrative reform (Sở Nội vụ): monitors the whole plan. */
    CCHC
}
