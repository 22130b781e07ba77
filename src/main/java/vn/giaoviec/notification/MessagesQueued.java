package vn.giaoviec.notification;

/** Published after a commit that queued e-mails or SMS: the sender of this node need not wait for its next poll. */
public record MessagesQueued() {
}
