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
 * Sends the outbox, on every node: a few threads (giaoviec.notifications.delivery.sender-threads) each
 * claim due messages in batches and hand them to their channel — sending waits on the mail server and
 * the database, not on the CPU; they wake when a commit on this node queued messages, and poll otherwise
 * (messages queued on another node, retries falling due). Nothing is kept in memory between rounds: a
 * node that stops or dies leaves its claimed messages to whichever node claims them after the lease.
 */
@Component
public class DeliverySender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverySender.class);

    private final Deliveries deliveries;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final NotificationProperties.Delivery settings;
    private final String node;
    private final ThreadLocal<String> owner = new ThreadLocal<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean woken;
    private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean running;

    public DeliverySender(Deliveries deliveries, List<DeliveryChannel> channels, NotificationProperties properties) {
        this.deliveries = deliveries;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.settings = properties.delivery();
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sends every message due now, round after round until none is left; returns how many were tried. */
    public int sendDue() {
        int tried = 0;
        List<Delivery> batch;
        while (!(batch = deliveries.claim(owner(), settings.batchSize())).isEmpty()) {
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
                way.send(messages, deliveries);
            } catch (RuntimeException e) {
                // whatever the channel did not settle goes back with the error; the committed ones stay sent
                LOG.warn("Gửi {} thông báo qua {} lỗi: {}", messages.size(), channel, e.toString());
                messages.forEach(d -> deliveries.failed(d, e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
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

    /** Who claims: this node and this thread ("pid@host/…#n"), so that its own claims are what it reads back. */
    private String owner() {
        String mine = owner.get();
        if (mine == null) {
            mine = node + "#" + Thread.currentThread().getId();
            owner.set(mine);
        }
        return mine;
    }

    private void run() {
        while (running) {
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
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        if (settings.senderEnabled() && !running) {
            running = true;
            for (int i = 1; i <= settings.senderThreads(); i++) {
                Thread thread = new Thread(this::run, "giaoviec-notification-sender-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        deliveries.release(node + "#%");
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
