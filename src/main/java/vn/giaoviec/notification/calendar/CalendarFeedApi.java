package vn.giaoviec.notification.calendar;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.notification.NotificationPeople;

/**
 * The private calendar feed, {@code /lich/{token}.ics}: no sign-in (calendar programs cannot), the
 * secret token is the key; an unknown or revoked token is 404 — nothing tells it ever existed.
 */
@RestController
class CalendarFeedApi {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;
    private final TaskCalendar calendar;
    private final NotificationPeople people;

    CalendarFeedApi(CalendarFeeds feeds, TaskCalendar calendar, NotificationPeople people) {
        this.feeds = feeds;
        this.calendar = calendar;
        this.people = people;
    }

    @GetMapping("/lich/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.ownerOf(token).flatMap(people::find)
                .map(person -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                        .body(calendar.feed(person.name(), person.groups())))
                .orElse(ResponseEntity.notFound().build());
    }

    static String path(String token) {
        return "/lich/" + token + ".ics";
    }

}
