package vn.giaoviec.notification.delivery;

import java.util.List;
import vn.giaoviec.notification.Channel;

/** A way out of the outbox: SMTP or the demo's mail folder for e-mail, the webhook for SMS/Zalo. */
public interface DeliveryChannel {

    Channel channel();

    /** Whether this channel is set up in this deployment (a message for a missing channel fails and is parked). */
    boolean available();

    /**
     * Sends a batch. For each message the channel calls {@link Outcome#commit} at its commit point —
     * as late as it can while the message can still be withheld — and sends only if it answers true.
     */
    void send(List<Delivery> batch, Outcome outcome);

    /** What became of each message of a batch. */
    interface Outcome {

        /** Records the message as sent; false when another node sent it already: then it must not go out. */
        boolean commit(Delivery delivery);

        /** It did not go: tried again later, parked after too many attempts. */
        void failed(Delivery delivery, String error);

        /** It was committed but the server refused it at the very end: undone, tried again later. */
        void failedAfterCommit(Delivery delivery, String error);
    }
}
