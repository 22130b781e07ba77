package vn.giaoviec.notification.digest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.calendar.WorkingDayCalendar;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.MessagesQueued;
import vn.giaoviec.notification.NotificationEvent;
import vn.giaoviec.notification.NotificationProperties;
import vn.giaoviec.notification.NotificationPeople;
import vn.giaoviec.notification.Person;
import vn.giaoviec.notification.delivery.Deliveries;
import vn.giaoviec.notification.mail.MailRenderer;
import vn.giaoviec.notification.preference.Preferences;
import vn.giaoviec.identity.Roles;

/**
 * The daily digest e-mail of leaders and the Chánh Văn phòng, on working days at the configured hour
 * (giaoviec.notifications.digest.time, province time). Every node checks each minute; the first to
 * record the day (notification_digest_run, keyed by date) queues the digests in that same transaction,
 * so a day's digest goes out once, even with two nodes or a restart.
 */
@Component
public class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

    private final DigestBuilder builder;
    private final NotificationPeople people;
    private final Preferences preferences;
    private final Deliveries deliveries;
    private final MailRenderer renderer;
    private final AgencyDirectory directory;
    private final ProvinceClock clock;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;
    private final ApplicationEventPublisher events;

    DailyDigest(DigestBuilder builder, NotificationPeople people, Preferences preferences, Deliveries deliveries,
                MailRenderer renderer, AgencyDirectory directory, ProvinceClock clock, WorkingDayCalendar calendar,
                TransactionTemplate transaction, JdbcTemplate jdbc, NotificationProperties properties,
                ApplicationEventPublisher events) {
        this.builder = builder;
        this.people = people;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.renderer = renderer;
        this.directory = directory;
        this.clock = clock;
        this.calendar = calendar;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void tick() {
        LocalDate today = clock.today();
        if (properties.digest().enabled() && calendar.isWorkingDay(today)
                && !clock.localNow().toLocalTime().isBefore(properties.digest().time())) {
            send(today);
        }
    }

    /** Queues the digests of {@code day} unless that day's were queued already; returns how many were queued. */
    public int send(LocalDate day) {
        try {
            Integer queued = transaction.execute(status -> {
                if (jdbc.queryForObject("select count(*) from notification_digest_run where digest_date = ?",
                        Integer.class, Date.valueOf(day)) > 0) {
                    return 0;
                }
                jdbc.update("insert into notification_digest_run (digest_date, started_at, node) values (?,?,?)",
                        Date.valueOf(day), Timestamp.valueOf(clock.localNow()),
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getName());
                return queue(day);
            });
            if (queued != null && queued > 0) {
                events.publishEvent(new MessagesQueued());
            }
            return queued == null ? 0 : queued;
        } catch (DataIntegrityViolationException e) {
            LOG.debug("Bản tin ngày {} do nút khác gửi", day);
            return 0; // another node recorded the day at the same moment
        }
    }

    private int queue(LocalDate day) {
        Map<String, Boolean> recipients = new LinkedHashMap<>(); // user → is the Chánh Văn phòng
        people.membersOf(Roles.CHIEF_OF_OFFICE).forEach(p -> recipients.put(p.userId(), true));
        directory.all().forEach(agency -> people.membersOf(agency.leaderGroup())
                .forEach(p -> recipients.putIfAbsent(p.userId(), false)));
        var choices = preferences.of(recipients.keySet(), List.of());
        DigestBuilder.Snapshot snapshot = builder.read(day);
        List<Deliveries.New> queued = new ArrayList<>();
        recipients.forEach((userId, chief) -> {
            Person person = people.find(userId).orElse(null);
            if (person == null || !person.hasEmail() || !choices.get(userId).enabled(NotificationEvent.DIGEST, Channel.EMAIL)) {
                return;
            }
            Digest digest = builder.of(person, chief, snapshot);
            if (!digest.isEmpty()) {
                queued.add(mail(person, digest));
            }
        });
        deliveries.enqueue(queued);
        return queued.size();
    }

    private Deliveries.New mail(Person person, Digest digest) {
        String subject = "Bản tin Giao Việc ngày " + digest.day() + ": " + digest.count(DigestBuilder.OVERDUE)
                + " quá hạn, " + digest.count(DigestBuilder.DUE) + " đến hạn trong tuần";
        String preferencesUrl = properties.baseUrl() + "/giaoviec/thong-bao/cai-dat";
        String html = renderer.render("notification/digest-mail", Map.of("d", digest, "subject", subject));
        return new Deliveries.New(Channel.EMAIL, person.userId(), person.email(), NotificationEvent.DIGEST, null, subject,
                digest.text(properties.baseUrl(), preferencesUrl), html, "/giaoviec/thong-bao");
    }
}
