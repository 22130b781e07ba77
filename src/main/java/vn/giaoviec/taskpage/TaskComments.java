package vn.giaoviec.taskpage;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.calendar.ProvinceClock;

/** Comments on a task (table task_comment): whoever may see the task reads and writes them. */
@Repository
class TaskComments {

    static final int MAX_LENGTH = 4000;

    private final JdbcTemplate jdbc;
    private final ProvinceClock clock;

    TaskComments(JdbcTemplate jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String taskCode, String author, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Ý kiến trống: hãy viết nội dung trước khi gửi.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Ý kiến dài quá " + MAX_LENGTH + " ký tự; hãy tách thành nhiều ý kiến"
                    + " hoặc đính kèm tệp.");
        }
        jdbc.update("insert into task_comment (task_code, author, written_at, body) values (?,?,?,?)", taskCode,
                author, Timestamp.valueOf(clock.localNow()), text);
    }

    List<Comment> of(String taskCode) {
        return jdbc.query("select author, written_at, body from task_comment where task_code = ? order by written_at, id",
                (rs, n) -> new Comment(rs.getString(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3)), taskCode);
    }

    record Comment(String author, LocalDateTime writtenAt, String body) {
    }
}
