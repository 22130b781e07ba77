package vn.giaoviec.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.giaoviec.notification.delivery.Deliveries;
import vn.giaoviec.notification.delivery.DeliveryChannel;
import vn.giaoviec.notification.inbox.Notifications;
import vn.giaoviec.notification.mail.MailRenderer;
import vn.giaoviec.notification.preference.Choices;
import vn.giaoviec.notification.preference.Preferences;

/**
 * Writes a transaction's notifications: the in-app ones and the outbox messages (e-mail, SMS/Zalo)
 * by each person's choices. Runs as the engine itself, without the authentication of whoever made the
 * change: who is told is decided by {@link Composer} and the access policy, not by what that user may read.
 */
@Component
class NotificationWriter {

    private final Composer composer;
    private final IdentityService identity;
    private final Preferences preferences;
    private final Notifications notifications;
    private final Deliveries deliveries;
    private final MailRenderer renderer;
    private final List<DeliveryChannel> channels;
    private final NotificationProperties properties;

    NotificationWriter(Composer composer, IdentityService identity, Preferences preferences, Notifications notifications,
                       Deliveries deliveries, MailRenderer renderer, List<DeliveryChannel> channels,
                       NotificationProperties properties) {
        this.composer = composer;
        this.identity = identity;
        this.preferences = preferences;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.renderer = renderer;
        this.channels = channels;
        this.properties = properties;
    }

    /** Writes what the signals tell; returns the number of messages queued for sending. */
    int write(List<Signal> signals) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return store(composer.compose(signals));
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private int store(List<Composer.Outgoing> outgoing) {
        if (outgoing.isEmpty()) {
            return 0;
        }
        Map<String, Choices> choices = preferences.of(outgoing.stream().map(o -> o.person().userId()).toList(),
                outgoing.stream().map(o -> o.message().taskCode()).filter(Objects::nonNull).collect(Collectors.toSet()));
        boolean email = available(Channel.EMAIL);
        boolean sms = available(Channel.SMS);
        String base = properties.baseUrl();
        List<Notifications.New> inApp = new ArrayList<>();
        List<Deliveries.New> queued = new ArrayList<>();
        for (Composer.Outgoing o : outgoing) {
            Person person = o.person();
            Message m = o.message();
            Choices mine = choices.getOrDefault(person.userId(), Choices.defaults());
            Set<Channel> ways = mine.channels(m.event(), m.taskCode());
            if (ways.contains(Channel.IN_APP)) {
                inApp.add(new Notifications.New(person.userId(), m.event(), m.taskCode(), m.subject(), m.inApp(), m.link()));
            }
            if (ways.contains(Channel.EMAIL) && email && person.hasEmail()) {
                queued.add(new Deliveries.New(Channel.EMAIL, person.userId(), person.email(), m.event(), m.taskCode(),
                        m.subject(), m.text(base), renderer.html(m), m.link()));
            }
            if (ways.contains(Channel.SMS) && sms) {
                queued.add(new Deliveries.New(Channel.SMS, person.userId(), mine.phone(), m.event(), m.taskCode(),
                        m.subject(), m.shortText(base), null, m.link()));
            }
        }
        notifications.insertAll(inApp);
        deliveries.enqueue(queued);
        return queued.size();
    }

    private boolean available(Channel channel) {
        return channels.stream().anyMatch(c -> c.channel() == channel && c.available());
    }
}
