package vn.giaoviec.event;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The event names tasks of the register wait or waited for (a started task keeps its event name). */
@Repository
class KnownEvents {

    private final JdbcTemplate jdbc;

    KnownEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean known(String eventName, Long planId) {
        return planId == null
                ? jdbc.queryForObject("select count(*) from task_register where event_name = ?", Long.class, eventName) > 0
                : jdbc.queryForObject("select count(*) from task_register where event_name = ? and plan_id = ?",
                        Long.class, eventName, planId) > 0;
    }
}
