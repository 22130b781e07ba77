package vn.giaoviec.notification.inbox;

import java.util.function.IntSupplier;

/** How many notifications the signed-in user has not read, counted once, when a page first asks. */
public final class UnreadCount {

    private final IntSupplier counter;
    private Integer count;

    UnreadCount(IntSupplier counter) {
        this.counter = counter;
    }

    public int getUnread() {
        if (count == null) {
            count = counter.getAsInt();
        }
        return count;
    }
}
