package vn.giaoviec.notification.delivery;

import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.MessagesQueued;
import vn.giaoviec.notification.NotificationProperties;

/**
 * Sends the outbox, on every node: one thread claims due messages in batches and hands them to their
 * channel; it wakes when a commit on this node queued messages, and polls otherwise (messages queued
 * on another node, retries falling due). Nothing is kept in memory between rounds: a node that stops
 * or dies leaves its claimed messages to whichever node claims them after the lease.
 */
@Component
public class DeliverySender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverySender.class);

    private final Deliveries deliveries;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final NotificationProperties.Delivery settings;
    private final String owner;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean woken;
    private volatile Thread thread;

    public DeliverySender(Deliveries deliveries, List<DeliveryChannel> channels, NotificationProperties properties) {
        this.deliveries = deliveries;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.settings = properties.delivery();
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sends every message due now, round after round until none is left; returns how many were tried. */
    public int sendDue() {
        int tried = 0;
        List<Delivery> batch;
        while (!(batch = deliveries.claim(owner, settings.batchSize())).isEmpty()) {
            send(batch);
            tried += batch.size();
        }
        return tried;
    }

    private void send(List<Delivery> batch) {
        Map<Channel, List<Delivery>> byChannel = batch.stream().collect(Collectors.groupingBy(Delivery::channel,
                () -> new EnumMap<>(Channel.class), Collectors.toList()));
        byChannel.forEach((channel, messages) -> {
            DeliveryChannel way = channels.get(channel);
            if (way == null || !way.available()) {
                messages.forEach(d -> deliveries.failed(d, "Kênh " + channel.label() + " chưa được cấu hình"));
                return;
            }
            try {
                way.send(messages, new Outcome());
            } catch (RuntimeException e) {
                // whatever the channel did not settle goes back with the error; the committed ones stay sent
                LOG.warn("Gửi {} thông báo qua {} lỗi: {}", messages.size(), channel, e.toString());
                messages.forEach(d -> deliveries.failed(d, e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
    }

    private final class Outcome implements DeliveryChannel.Outcome {
        @Override
        public boolean commit(Delivery delivery) {
            return deliveries.markSent(delivery.id());
        }

        @Override
        public void failed(Delivery delivery, String error) {
            deliveries.failed(delivery, error);
        }

        @Override
        public void failedAfterCommit(Delivery delivery, String error) {
            deliveries.failedAfterCommit(delivery, error);
        }
    }

    @EventListener
    public void onQueued(MessagesQueued queued) {
        lock.lock();
        try {
            woken = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                sendDue();
                pause();
            } catch (RuntimeException e) {
                LOG.warn("Gửi thông báo lỗi, thử lại sau: {}", e.toString());
                pause();
            }
        }
    }

    private void pause() {
        lock.lock();
        try {
            if (!woken) {
                wake.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread = null;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        if (settings.senderEnabled() && thread == null) {
            thread = new Thread(this::run, "giaoviec-notification-sender");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deliveries.release(owner);
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
