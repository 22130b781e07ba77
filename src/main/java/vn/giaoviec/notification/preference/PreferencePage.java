package vn.giaoviec.notification.preference;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.notification.NotificationEvent;
import vn.giaoviec.notification.NotificationProperties;
import vn.giaoviec.notification.calendar.CalendarFeeds;
import vn.giaoviec.identity.UserAccess;

/**
 * A person's own notification settings: which events by which channel, the telephone for SMS/Zalo,
 * the tasks they muted (leaders) and their private calendar feed.
 */
@Controller
class PreferencePage {

    static final String PATH = "/giaoviec/thong-bao/cai-dat";

    private final Preferences preferences;
    private final CalendarFeeds feeds;
    private final NotificationProperties properties;

    PreferencePage(Preferences preferences, CalendarFeeds feeds, NotificationProperties properties) {
        this.preferences = preferences;
        this.feeds = feeds;
        this.properties = properties;
    }

    @GetMapping(PATH)
    String show(Authentication authentication, Model model) {
        UserAccess user = UserAccess.of(authentication);
        Choices choices = preferences.of(user.userId());
        model.addAttribute("events", List.of(NotificationEvent.values()));
        model.addAttribute("channels", channels());
        model.addAttribute("choices", choices);
        model.addAttribute("sms", properties.webhook().enabled());
        model.addAttribute("mayMute", Muting.allowedFor(user));
        model.addAttribute("feedUrl", feeds.liveToken(user.userId())
                .map(token -> properties.baseUrl() + "/lich/" + token + ".ics").orElse(null));
        return "notification/preferences";
    }

    @PostMapping(PATH)
    String save(@RequestParam(name = "on", required = false) String[] on,
                @RequestParam(name = "phone", required = false) String phone, Authentication authentication,
                RedirectAttributes redirect) {
        if (phone != null && !phone.isBlank() && !phone.strip().matches("\\+?[0-9 .]{9,15}")) {
            redirect.addFlashAttribute("error", "Số điện thoại không hợp lệ (9–15 chữ số, có thể bắt đầu bằng +84).");
            return "redirect:" + PATH;
        }
        Set<String> enabled = on == null ? Set.of() : new HashSet<>(Arrays.asList(on));
        preferences.save(authentication.getName(), enabled, phone == null ? null : phone.replaceAll("[ .]", ""));
        redirect.addFlashAttribute("message", "Đã lưu cách nhận thông báo.");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/lich")
    String calendar(@RequestParam String action, Authentication authentication, RedirectAttributes redirect) {
        if ("thu-hoi".equals(action)) {
            feeds.revoke(authentication.getName());
            redirect.addFlashAttribute("message", "Đã thu hồi liên kết lịch: liên kết cũ không còn dùng được.");
        } else {
            feeds.renew(authentication.getName());
            redirect.addFlashAttribute("message", "Đã tạo liên kết lịch mới; liên kết cũ (nếu có) không còn dùng được.");
        }
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/bat-lai")
    String unmute(@RequestParam String task, Authentication authentication, RedirectAttributes redirect) {
        preferences.unmute(authentication.getName(), task);
        redirect.addFlashAttribute("message", "Đã bật lại thư và tin nhắn về nhiệm vụ " + task + ".");
        return "redirect:" + PATH;
    }

    private List<Channel> channels() {
        return properties.webhook().enabled() ? List.of(Channel.values()) : List.of(Channel.IN_APP, Channel.EMAIL);
    }
}
