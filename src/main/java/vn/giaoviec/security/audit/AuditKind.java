package vn.giaoviec.security.audit;

/** What kind of security-relevant event a row of {@code security_audit} records. */
public enum AuditKind {
    /** Wrong user name or password (or a locked user) — HTTP Basic or the Camunda webapps' login. */
    LOGIN_FAILED,
    /** A client address reached a limit of failed logins: its logins are refused (429) for a while. */
    LOGIN_THROTTLED,
    /** A signed-in user was refused: 403 from our checks or Camunda's, or a task of another agency (404). */
    ACCESS_DENIED,
    /** What was submitted for a task does not fit its form (variables it does not own, values it does not allow). */
    FORM_REFUSED,
    /** Users, groups, memberships, tenants or authorizations created, changed, unlocked or deleted. */
    ADMIN_CHANGE
}
