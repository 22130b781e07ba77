package vn.giaoviec.register;

/**
 * Published (synchronously, inside the transaction that writes it) for every transition the register
 * records after a task is issued: whoever listens — notifications — sees each change once, and sees
 * nothing of a change that is rolled back as long as it writes in the same transaction.
 */
public record TaskTransitioned(String taskCode, TransitionKind kind, String actor, String note) {
}
