package vn.giaoviec.notification;

/** A person who is told of a signal, and in which part (the message says why they receive it). */
record Recipient(Person person, Audience audience, String group) {
}
