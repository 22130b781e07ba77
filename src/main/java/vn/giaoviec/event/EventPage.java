package vn.giaoviec.event;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.identity.UserAccess;

/** The events page: which events tasks wait for, and a form to signal one (same rights as POST /api/events). */
@Controller
class EventPage {

    private final EventSignals signals;
    private final AgencyDirectory directory;
    private final ProvinceClock clock;

    EventPage(EventSignals signals, AgencyDirectory directory, ProvinceClock clock) {
        this.signals = signals;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/giaoviec/su-kien")
    String events(Authentication authentication, Model model) {
        return show(UserAccess.of(authentication), model);
    }

    @PostMapping("/giaoviec/su-kien")
    String signal(@RequestParam String eventName, @RequestParam(required = false) Long planId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventDate,
                  Authentication authentication, Model model) {
        UserAccess user = UserAccess.of(authentication);
        try {
            model.addAttribute("started", signals.signal(eventName, eventDate, planId, user));
            model.addAttribute("signalledEvent", eventName);
            model.addAttribute("signalledDate", eventDate);
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("error", e.getMessage());
        }
        return show(user, model);
    }

    private String show(UserAccess user, Model model) {
        model.addAttribute("events", signals.waiting(user));
        model.addAttribute("today", clock.today());
        model.addAttribute("directory", directory);
        return "event/events";
    }
}
