package vn.giaoviec.identity;

import org.camunda.bpm.engine.authorization.Groups;

/** Camunda groups that stand for roles across agencies (agency groups come from the directory). */
public final class Roles {

    /** Chánh Văn phòng UBND tỉnh: receives overdue escalations, decides extensions, may withdraw tasks. */
    public static final String CHIEF_OF_OFFICE = "chanh-van-phong";
    public static final String ADMIN = Groups.CAMUNDA_ADMIN;

    private Roles() {
    }
}
