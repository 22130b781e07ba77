package vn.giaoviec.notification.preference;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.NotificationEvent;

/**
 * One person's choices: which events by which channel (only what differs from the defaults is stored),
 * the telephone for SMS/Zalo, and the tasks they muted — a muted task still shows inside Giao Việc,
 * it only sends no e-mail and no SMS.
 */
public record Choices(Map<String, Boolean> overrides, String phone, Set<String> mutedTasks) {

    public static Choices defaults() {
        return new Choices(Map.of(), null, Set.of());
    }

    public boolean enabled(NotificationEvent event, Channel channel) {
        return event.offeredBy(channel) && overrides.getOrDefault(key(event, channel), event.onByDefault(channel));
    }

    /** The channels a message about {@code taskCode} (null: not about one task) goes by. */
    public Set<Channel> channels(NotificationEvent event, String taskCode) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            boolean muted = channel != Channel.IN_APP && taskCode != null && mutedTasks.contains(taskCode);
            if (enabled(event, channel) && !muted && (channel != Channel.SMS || hasPhone())) {
                channels.add(channel);
            }
        }
        return channels;
    }

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    static String key(NotificationEvent event, Channel channel) {
        return event.name() + "|" + channel.name();
    }
}
