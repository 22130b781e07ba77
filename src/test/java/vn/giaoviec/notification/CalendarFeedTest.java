package vn.giaoviec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.giaoviec.calendar.WorkingDayCalendar;
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.testsupport.WebappSession;

/**
 * The private calendar feed, read by a real iCalendar parser (ical4j): one all-day event per open task
 * of the person's agencies — exactly the register's — with the reminder at 08:00 province time five
 * working days before; a revoked or replaced URL answers 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarFeedTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Pattern FEED = Pattern.compile("value=\"http://localhost:8080(/lich/[A-Za-z0-9_-]+\\.ics)\"");

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identity;
    @Autowired TaskLauncher launcher;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingDayCalendar calendar;

    @Test
    void theFeedListsTheRegistersOpenTasksOfMyAgenciesWithTheirReminders() throws Exception {
        String lead = issue("stc", List.of(), LocalDate.of(2031, 2, 21)); // a Friday
        String coordinated = issue("skhdt", List.of("stc"), LocalDate.of(2031, 6, 30));
        String other = issue("snv", List.of(), LocalDate.of(2031, 6, 30));
        WebappSession session = WebappSession.login(rest, TestPeople.create(identity, "lich", "Chuyên viên", "Sở Tài chính", "stc"), "demo");

        Calendar feed = parse(rest.getForEntity(feedPath(session), String.class));

        Map<String, VEvent> events = feed.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue().replace("@giaoviec", ""), e -> e));
        assertThat(events.keySet()).as("exactly the open tasks of Sở Tài chính in the register")
                .containsExactlyInAnyOrderElementsOf(openTasksOf("stc"));
        assertThat(events).containsKeys(lead, coordinated).doesNotContainKey(other);
        for (Map.Entry<String, VEvent> event : events.entrySet()) {
            LocalDate due = jdbc.queryForObject("select due_date from task_register where task_code = ?", LocalDate.class,
                    event.getKey());
            assertThat((Temporal) event.getValue().getDateTimeStart().getDate()).isEqualTo(due);
            VAlarm alarm = event.getValue().getAlarms().get(0);
            assertThat(alarm.<Trigger>getProperty("TRIGGER").orElseThrow().getDate())
                    .isEqualTo(calendar.addWorkingDays(due, -5).atTime(LocalTime.of(8, 0)).atZone(VIETNAM).toInstant());
        }
        VEvent first = events.get(lead);
        assertThat(first.getSummary().getValue()).isEqualTo("Hạn " + lead + ": Kiểm tra công vụ");
        assertThat(first.getUrl().getValue()).isEqualTo("http://localhost:8080/giaoviec/nhiem-vu/" + lead);
        assertThat(first.getDescription().getValue()).contains("Cơ quan chủ trì: Sở Tài chính");
        // Friday 21/02/2031 minus five working days: Friday 14/02, 08:00 in the province (01:00 UTC)
        assertThat(first.getAlarms().get(0).<Trigger>getProperty("TRIGGER").orElseThrow().getDate())
                .isEqualTo(LocalDate.of(2031, 2, 14).atTime(8, 0).atZone(VIETNAM).toInstant());
    }

    @Test
    void aRevokedOrReplacedFeedAnswers404() {
        WebappSession session = WebappSession.login(rest, TestPeople.create(identity, "lich", "Chuyên viên", "Sở Tài chính", "stc"), "demo");
        String first = feedPath(session);
        assertThat(rest.getForEntity(first, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        String second = feedPath(session); // "Tạo liên kết mới"
        assertThat(second).isNotEqualTo(first);
        assertThat(rest.getForEntity(first, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity(second, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        MultiValueMap<String, String> revoke = new LinkedMultiValueMap<>();
        revoke.add("action", "thu-hoi");
        session.postForm("/giaoviec/thong-bao/cai-dat/lich", revoke);
        assertThat(rest.getForEntity(second, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/lich/khong-co-that.ics", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(session.getPage("/giaoviec/thong-bao/cai-dat").getBody()).contains("Bạn chưa có liên kết lịch.");
    }

    /** Asks for a (new) feed link on the preferences page and reads it back from the page. */
    private static String feedPath(WebappSession session) {
        session.getPage("/giaoviec/thong-bao/cai-dat");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", "tao");
        session.postForm("/giaoviec/thong-bao/cai-dat/lich", form);
        Matcher link = FEED.matcher(session.getPage("/giaoviec/thong-bao/cai-dat").getBody());
        assertThat(link.find()).as("the page shows the feed link").isTrue();
        return link.group(1);
    }

    private static Calendar parse(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString("text/calendar;charset=UTF-8");
        return new CalendarBuilder().build(new StringReader(response.getBody()));
    }

    /** The register's open tasks led or coordinated by the agency, read here without the feed's query. */
    private List<String> openTasksOf(String agency) {
        return jdbc.query("select task_code, lead_agency, coordinating_agencies, phase, due_date from task_register",
                (rs, i) -> {
                    boolean open = !List.of("CLOSED", "WITHDRAWN", "AWAITING_EVENT").contains(rs.getString(4))
                            && rs.getDate(5) != null;
                    String coordinators = rs.getString(3) == null ? "" : rs.getString(3);
                    boolean mine = agency.equals(rs.getString(2)) || List.of(coordinators.split(",")).contains(agency);
                    return open && mine ? rs.getString(1) : null;
                }).stream().filter(java.util.Objects::nonNull).toList();
    }

    private String issue(String lead, List<String> coordinators, LocalDate due) {
        String code = "L-" + UUID.randomUUID().toString().substring(0, 8);
        launcher.start(new NewTask(code, null, null, null, "Kiểm tra công vụ", "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", lead,
                coordinators, "Báo cáo", "Năm 2031", due, null), "demo");
        return code;
    }

}
