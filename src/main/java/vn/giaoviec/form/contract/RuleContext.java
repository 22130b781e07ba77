package vn.giaoviec.form.contract;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiPredicate;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.identity.UserAccess;

/**
 * What a {@link FieldRule} may consult: the task's variables as they are now (before this
 * submission), what the submission sends for the form's other fields, today in the province, who submits, the agency directory, group membership.
 */
public record RuleContext(String taskId, Map<String, Object> variables, LocalDate today, UserAccess user,
                          AgencyDirectory directory, BiPredicate<String, String> membership,
                          Map<String, Object> submitted) {

    public RuleContext(String taskId, Map<String, Object> variables, LocalDate today, UserAccess user,
                       AgencyDirectory directory, BiPredicate<String, String> membership) {
        this(taskId, variables, today, user, directory, membership, Map.of());
    }

    /** The same, knowing what this submission sends (as plain values), for a rule that reads another field. */
    RuleContext with(Map<String, Object> submittedValues) {
        return new RuleContext(taskId, variables, today, user, directory, membership, submittedValues);
    }

    /** What this submission sends for another field of the form (plain value), else null. */
    public Object submitted(String name) {
        return submitted.get(name);
    }

    /** A current variable of the task as a plain value (null when absent). */
    public Object variable(String name) {
        return variables.get(name);
    }

    public String text(String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }

    /** Whether the user {@code userId} is a member of the Camunda group {@code groupId} now. */
    public boolean isMember(String userId, String groupId) {
        return membership.test(userId, groupId);
    }
}
