package vn.giaoviec.notification.delivery;

import java.util.List;
import java.util.Optional;
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

        /**
         * Records the message as sent in a transaction left open, for a channel whose point of no return
         * comes after it can still withhold the message (SMTP's final "."): the row is locked and changed,
         * and committed only by {@link SentMark#commit} right after that point. Empty when another node
         * sent it already: then it must not go out.
         */
        Optional<SentMark> openSentMark(Delivery delivery);

        /** It did not go: tried again later, parked after too many attempts. */
        void failed(Delivery delivery, String error);

        /** It was committed but the server refused it at the very end: undone, tried again later. */
        void failedAfterCommit(Delivery delivery, String error);
    }

    /** A message marked sent in a transaction not yet committed; closing it without commit rolls it back. */
    interface SentMark extends AutoCloseable {

        void commit();

        @Override
        void close();
    }
}
