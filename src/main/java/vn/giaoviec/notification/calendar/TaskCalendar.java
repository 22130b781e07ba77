package vn.giaoviec.notification.calendar;

import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.notification.NotificationProperties;
import vn.giaoviec.lifecycle.DeadlineSchedule;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;

/**
 * A person's deadlines as an iCalendar feed: every open task of an agency they belong to (leading or
 * coordinating), as an all-day event on its due date (a date in the province, whatever the reader's
 * zone), with an alarm at the reminder instant the lifecycle uses (08:00 province time, the configured
 * number of working days before), and a link to the task's page.
 */
@Component
class TaskCalendar {

    static final int MAX_TASKS = 2000;

    private final JdbcTemplate jdbc;
    private final TaskRegister register;
    private final DeadlineSchedule schedule;
    private final AgencyDirectory directory;
    private final String baseUrl;

    TaskCalendar(JdbcTemplate jdbc, TaskRegister register, DeadlineSchedule schedule, AgencyDirectory directory,
                 NotificationProperties properties) {
        this.jdbc = jdbc;
        this.register = register;
        this.schedule = schedule;
        this.directory = directory;
        this.baseUrl = properties.baseUrl();
    }

    String feed(String personName, Set<String> groups) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Giao Việc//Hạn nhiệm vụ//VI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Giao Việc — hạn nhiệm vụ của " + personName));
        calendar.add(new XProperty("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh"));
        for (RegisterEntry task : openTasksOf(groups)) {
            calendar.add(event(task));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private VEvent event(RegisterEntry task) {
        LocalDate due = task.dueDate();
        VEvent event = new VEvent(due, due.plusDays(1), "Hạn " + task.taskCode() + ": " + task.title().strip());
        String link = baseUrl + "/giaoviec/nhiem-vu/" + task.taskCode();
        event.add(new Uid(task.taskCode() + "@giaoviec"));
        event.add(new Url(URI.create(link)));
        event.add(new Description("Cơ quan chủ trì: " + directory.nameOf(task.leadAgency()) + "\n"
                + "Tình trạng: " + task.status().label() + "\n" + link));
        VAlarm reminder = new VAlarm(schedule.of(due).reminderAt().toInstant());
        reminder.add(ImmutableAction.DISPLAY);
        reminder.add(new Description("Nhắc hạn: nhiệm vụ " + task.taskCode() + " đến hạn ngày "
                + String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear())));
        event.add(reminder);
        return event;
    }

    /** Open tasks with a due date led or coordinated by one of these agencies (groups that are no agency match none). */
    List<RegisterEntry> openTasksOf(Set<String> groups) {
        List<String> agencies = groups.stream().filter(g -> directory.find(g).isPresent()).sorted().toList();
        if (agencies.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(agencies.size(), "?"));
        String coordinating = String.join(" or ", Collections.nCopies(agencies.size(),
                "(',' || coordinating_agencies || ',') like ?"));
        List<Object> args = new java.util.ArrayList<>(agencies);
        agencies.forEach(a -> args.add("%," + a + ",%"));
        args.add(MAX_TASKS);
        List<String> codes = jdbc.queryForList("select task_code from task_register where phase not in"
                + " ('CLOSED', 'WITHDRAWN', 'AWAITING_EVENT') and due_date is not null and (lead_agency in (" + in + ")"
                + " or " + coordinating + ") order by due_date, task_code limit ?", String.class, args.toArray());
        return register.findAll(codes).stream()
                .sorted(java.util.Comparator.comparing(RegisterEntry::dueDate).thenComparing(RegisterEntry::taskCode))
                .toList();
    }
}
