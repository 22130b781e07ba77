package vn.giaoviec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.giaoviec.lifecycle.NewTask;
import vn.giaoviec.lifecycle.PlanTaskProcess;
import vn.giaoviec.lifecycle.TaskLauncher;
import vn.giaoviec.notification.delivery.DeliverySender;
import vn.giaoviec.testsupport.WebappSession;

/**
 * The in-app side over HTTP, as a signed-in browser uses it: the bell's count on every page, the list,
 * opening a notification (read, then the task), marking all read, the REST list, the mute and the
 * preferences, the administrators' outbox page and the demo mailbox. Each test has leaders of its own
 * (created here) so that counts are its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotificationPagesTest {

    static final LocalDate DUE = LocalDate.of(2030, 3, 29);

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identity;
    @Autowired TaskLauncher launcher;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeliverySender sender;

    String leader;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.of(2030, 3, 1, 9, 0)
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        leader = TestPeople.create(identity, "ld", "Lãnh đạo", "Sở Tài chính", "stc", "stc-lanhdao");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theBellCountsUnreadAndTheListOpensTheTask() {
        String first = issue("stc");
        String second = issue("stc");
        WebappSession session = WebappSession.login(rest, leader, "demo");

        String plans = session.getPage("/giaoviec/ke-hoach").getBody();
        assertThat(plans).contains("class=\"bell\"").containsPattern("Thông báo<span class=\"count\">2</span>");

        String list = session.getPage("/giaoviec/thong-bao").getBody();
        assertThat(list).contains("Nhiệm vụ mới " + first, "Nhiệm vụ mới " + second, "(2 chưa đọc)");
        long id = idOf(first);
        ResponseEntity<String> open = session.get("/giaoviec/thong-bao/" + id);
        assertThat(open.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(open.getHeaders().getLocation()).hasPath("/giaoviec/nhiem-vu/" + first);
        assertThat(session.getPage("/giaoviec/ke-hoach").getBody()).contains("<span class=\"count\">1</span>");

        session.getPage("/giaoviec/thong-bao");
        session.postForm("/giaoviec/thong-bao/da-doc", new LinkedMultiValueMap<>());
        assertThat(session.getPage("/giaoviec/ke-hoach").getBody()).contains("class=\"bell\"")
                .doesNotContain("class=\"count\"");
    }

    @Test
    void someoneElsesNotificationCannotBeOpened() {
        String code = issue("stc");
        String other = TestPeople.create(identity, "ld", "Lãnh đạo", "Sở Tài chính", "stc", "stc-lanhdao");
        WebappSession session = WebappSession.login(rest, other, "demo");
        ResponseEntity<String> open = session.get("/giaoviec/thong-bao/" + idOf(code));
        assertThat(open.getHeaders().getLocation()).hasPath("/giaoviec/thong-bao");
        assertThat(jdbc.queryForObject("select read_at from notification where id = ?", java.sql.Timestamp.class,
                idOf(code))).as("still unread for its owner").isNull();
    }

    @Test
    void restListsTheSignedInUsersNotificationsOnly() {
        String code = issue("stc");
        ResponseEntity<String> mine = rest.withBasicAuth(leader, "demo").getForEntity("/api/notifications", String.class);
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody()).contains("\"unread\":1", "\"taskCode\":\"" + code + "\"", "\"event\":\"NEW_TASK\"",
                "\"link\":\"/giaoviec/nhiem-vu/" + code + "\"");
        assertThat(rest.withBasicAuth("snv-lanhdao", "demo").getForEntity("/api/notifications", String.class).getBody())
                .doesNotContain(code);
        assertThat(rest.getForEntity("/api/notifications", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aMutedTaskSendsNoMailButStillShowsInTheList() {
        String muted = issue("stc");
        WebappSession session = WebappSession.login(rest, leader, "demo");
        session.getPage("/giaoviec/thong-bao");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("task", muted);
        session.postForm("/giaoviec/thong-bao/tat-thu", form);
        assertThat(session.getPage("/giaoviec/thong-bao/cai-dat").getBody()).contains(muted);

        escalate(muted);
        assertThat(jdbc.queryForList("select channel from notification_delivery where task_code = ? and recipient = ?"
                + " and event = 'OVERDUE'", String.class, muted, leader)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from notification where task_code = ? and recipient = ?"
                + " and event = 'OVERDUE'", Integer.class, muted, leader)).isOne();
    }

    @Test
    void anOfficerMayNotMuteATask() {
        String officer = TestPeople.create(identity, "cv", "Chuyên viên", "Sở Tài chính", "stc");
        WebappSession session = WebappSession.login(rest, officer, "demo");
        assertThat(session.getPage("/giaoviec/thong-bao").getBody()).doesNotContain("Tắt thư, tin nhắn");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("task", "X-1");
        assertThat(session.postForm("/giaoviec/thong-bao/tat-thu", form).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void turningOffAnEventByMailKeepsItInTheList() {
        WebappSession session = WebappSession.login(rest, leader, "demo");
        String page = session.getPage("/giaoviec/thong-bao/cai-dat").getBody();
        assertThat(page).contains("Quá hạn, chuyển Chánh Văn phòng", "Thư điện tử", "Lịch công việc của bạn");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (NotificationEvent event : NotificationEvent.values()) {
            form.add("on", event.name() + "|IN_APP");
            if (event != NotificationEvent.OVERDUE) {
                form.add("on", event.name() + "|EMAIL");
            }
        }
        session.postForm("/giaoviec/thong-bao/cai-dat", form);
        String saved = session.getPage("/giaoviec/thong-bao/cai-dat").getBody();
        assertThat(checked(saved, "OVERDUE|IN_APP")).isTrue();
        assertThat(checked(saved, "OVERDUE|EMAIL")).isFalse();
        assertThat(checked(saved, "REMINDER|EMAIL")).isTrue();

        String code = issue("stc");
        escalate(code);
        assertThat(jdbc.queryForList("select event from notification_delivery where task_code = ? and recipient = ?",
                String.class, code, leader)).containsExactly("NEW_TASK");
        assertThat(jdbc.queryForList("select event from notification where task_code = ? and recipient = ?",
                String.class, code, leader)).containsExactlyInAnyOrder("NEW_TASK", "OVERDUE");
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        assertThat(WebappSession.login(rest, "demo", "demo").getPage("/giaoviec/thong-bao/gui-di").getBody())
                .contains("Tình trạng gửi thư, tin nhắn", "Thư điện tử", "Đã gửi");
        assertThat(WebappSession.login(rest, leader, "demo").getPage("/giaoviec/thong-bao/gui-di").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDemoMailboxShowsTheMailsSentToTheSignedInPerson() {
        String code = issue("stc");
        sender.sendDue();
        WebappSession session = WebappSession.login(rest, leader, "demo");
        String page = session.getPage("/giaoviec/hop-thu-thu").getBody();
        assertThat(page).contains("Hộp thư thử", "Nhiệm vụ mới " + code, leader + "@giaoviec.example", "01/03/2030 09:00",
                "Phân công xử lý: http://localhost:8080/giaoviec/nhiem-vu/" + code);
        long id = jdbc.queryForObject("select id from notification_delivery where task_code = ? and recipient = ?",
                Long.class, code, leader);
        ResponseEntity<byte[]> eml = session.getBytes("/giaoviec/hop-thu-thu/" + id + ".eml");
        assertThat(eml.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(eml.getHeaders().getContentType()).hasToString("message/rfc822");
        assertThat(WebappSession.login(rest, "snv-lanhdao", "demo").getBytes("/giaoviec/hop-thu-thu/" + id + ".eml")
                .getStatusCode()).as("another person's mail").isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static boolean checked(String page, String box) {
        return java.util.regex.Pattern.compile("value=\"" + java.util.regex.Pattern.quote(box) + "\"[^>]*checked")
                .matcher(page).find();
    }

    private String issue(String agency) {
        String code = "N-" + UUID.randomUUID().toString().substring(0, 8);
        launcher.start(new NewTask(code, null, null, null, "Kiểm tra công vụ", "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", agency,
                List.of(), "Báo cáo", "Quý I/2030", DUE, null), "demo");
        return code;
    }

    /** Runs the task's overdue timer, as the job executor would at midnight after the due date. */
    private void escalate(String code) {
        var management = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getManagementService();
        String instance = jdbc.queryForObject("select process_instance_id from task_register where task_code = ?",
                String.class, code);
        var job = management.createJobQuery().processInstanceId(instance).activityId(PlanTaskProcess.EVENT_OVERDUE)
                .singleResult();
        ClockUtil.setCurrentTime(new java.util.Date(job.getDuedate().getTime() + 1000));
        management.executeJob(job.getId());
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from notification where task_code = ? and recipient = ?", Long.class, code,
                leader);
    }

}
