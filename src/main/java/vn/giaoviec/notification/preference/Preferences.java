package vn.giaoviec.notification.preference;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.NotificationEvent;

/** Each person's notification choices (see {@link Choices}), read in bulk for the people of one transaction. */
@Repository
public class Preferences {

    private final JdbcTemplate jdbc;
    private final ProvinceClock clock;

    public Preferences(JdbcTemplate jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The choices of these people, with their mutes among {@code taskCodes}: three queries per 500 people. */
    public Map<String, Choices> of(Collection<String> userIds, Collection<String> taskCodes) {
        Map<String, Map<String, Boolean>> overrides = new HashMap<>();
        Map<String, String> phones = new HashMap<>();
        Map<String, Set<String>> mutes = new HashMap<>();
        List<String> users = List.copyOf(new HashSet<>(userIds));
        for (int from = 0; from < users.size(); from += 500) {
            List<String> part = users.subList(from, Math.min(users.size(), from + 500));
            String in = " in (" + String.join(",", Collections.nCopies(part.size(), "?")) + ")";
            jdbc.query("select user_id, event, channel, enabled from notification_preference where user_id" + in,
                    rs -> {
                        overrides.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                .put(rs.getString(2) + "|" + rs.getString(3), rs.getBoolean(4));
                    }, part.toArray());
            jdbc.query("select user_id, phone from notification_contact where user_id" + in,
                    rs -> {
                        phones.put(rs.getString(1), rs.getString(2));
                    }, part.toArray());
            if (!taskCodes.isEmpty()) {
                jdbc.query("select user_id, task_code from notification_mute where user_id" + in, rs -> {
                    if (taskCodes.contains(rs.getString(2))) {
                        mutes.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    }
                }, part.toArray());
            }
        }
        Map<String, Choices> choices = new HashMap<>();
        users.forEach(user -> choices.put(user, new Choices(overrides.getOrDefault(user, Map.of()), phones.get(user),
                mutes.getOrDefault(user, Set.of()))));
        return choices;
    }

    /** One person's choices with all their muted tasks. */
    public Choices of(String userId) {
        Choices some = of(List.of(userId), List.of()).get(userId);
        return new Choices(some.overrides(), some.phone(), Set.copyOf(mutedTasks(userId)));
    }

    public List<String> mutedTasks(String userId) {
        return jdbc.queryForList("select task_code from notification_mute where user_id = ? order by task_code",
                String.class, userId);
    }

    /** Stores which events go by which channel (only the choices that differ from the defaults are kept). */
    @Transactional
    public void save(String userId, Set<String> enabledKeys, String phone) {
        jdbc.update("delete from notification_preference where user_id = ?", userId);
        List<Object[]> rows = new ArrayList<>();
        for (NotificationEvent event : NotificationEvent.values()) {
            for (Channel channel : Channel.values()) {
                boolean on = enabledKeys.contains(Choices.key(event, channel));
                if (event.offeredBy(channel) && on != event.onByDefault(channel)) {
                    rows.add(new Object[] {userId, event.name(), channel.name(), on});
                }
            }
        }
        jdbc.batchUpdate("insert into notification_preference (user_id, event, channel, enabled) values (?,?,?,?)", rows);
        jdbc.update("delete from notification_contact where user_id = ?", userId);
        if (phone != null && !phone.isBlank()) {
            jdbc.update("insert into notification_contact (user_id, phone) values (?,?)", userId, phone.strip());
        }
    }

    @Transactional
    public void mute(String userId, String taskCode) {
        if (!mutedTasks(userId).contains(taskCode)) {
            jdbc.update("insert into notification_mute (user_id, task_code, muted_at) values (?,?,?)", userId, taskCode,
                    Timestamp.valueOf(clock.localNow()));
        }
    }

    public void unmute(String userId, String taskCode) {
        jdbc.update("delete from notification_mute where user_id = ? and task_code = ?", userId, taskCode);
    }
}
