package vn.giaoviec.notification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds a transaction's signals and writes them just before it commits, in that same transaction:
 * the notifications and their outgoing messages exist exactly when the change they report does
 * (a rollback writes nothing). Writing once per transaction also lets a plan import or a burst of
 * one kind be resolved in bulk. After the commit the local sender is woken.
 */
@Component
class SignalBuffer {

    private final NotificationWriter writer;
    private final ApplicationEventPublisher events;

    SignalBuffer(NotificationWriter writer, ApplicationEventPublisher events) {
        this.writer = writer;
        this.events = events;
    }

    void add(Signal signal) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // no transaction around the change: it is committed already
            if (writer.write(List.of(signal)) > 0) {
                events.publishEvent(new MessagesQueued());
            }
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.signals.add(signal);
    }

    private final class Pending implements TransactionSynchronization {
        private final List<Signal> signals = new ArrayList<>();
        private int queued;

        @Override
        public void beforeCommit(boolean readOnly) {
            queued = writer.write(signals);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SignalBuffer.this);
            if (status == STATUS_COMMITTED && queued > 0) {
                events.publishEvent(new MessagesQueued());
            }
        }
    }
}
