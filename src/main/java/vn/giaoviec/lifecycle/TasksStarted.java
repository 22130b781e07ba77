package vn.giaoviec.lifecycle;

/** Published inside the transaction that started {@code count} plan tasks (an import, an event, one task). */
public record TasksStarted(int count) {
}
