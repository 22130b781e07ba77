package vn.giaoviec.notification.inbox;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giaoviec.notification.mail.DemoMailbox;
import vn.giaoviec.notification.preference.Muting;
import vn.giaoviec.notification.preference.Preferences;
import vn.giaoviec.identity.UserAccess;

/** The signed-in person's notifications: the list, opening one (read, then straight to where to act). */
@Controller
class NotificationPage {

    static final int SHOWN = 200;

    private final Notifications notifications;
    private final Preferences preferences;
    private final DemoMailbox demoMailbox;

    NotificationPage(Notifications notifications, Preferences preferences, DemoMailbox demoMailbox) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.demoMailbox = demoMailbox;
    }

    @GetMapping("/giaoviec/thong-bao")
    String list(Authentication authentication, Model model) {
        UserAccess user = UserAccess.of(authentication);
        model.addAttribute("notifications", notifications.of(user.userId(), SHOWN));
        model.addAttribute("unread", notifications.unread(user.userId()));
        model.addAttribute("mayMute", Muting.allowedFor(user));
        model.addAttribute("muted", preferences.mutedTasks(user.userId()));
        model.addAttribute("admin", user.isAdmin());
        model.addAttribute("demoMailbox", demoMailbox.enabled());
        return "notification/list";
    }

    /** Marks it read and opens where to act; someone else's notification is not found. */
    @GetMapping("/giaoviec/thong-bao/{id}")
    String open(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        return notifications.open(authentication.getName(), id)
                .filter(n -> n.link().startsWith("/") && !n.link().startsWith("//"))
                .map(n -> "redirect:" + n.link())
                .orElseGet(() -> {
                    redirect.addFlashAttribute("error", "Không tìm thấy thông báo này.");
                    return "redirect:/giaoviec/thong-bao";
                });
    }

    @PostMapping("/giaoviec/thong-bao/da-doc")
    String readAll(Authentication authentication, RedirectAttributes redirect) {
        int read = notifications.markAllRead(authentication.getName());
        redirect.addFlashAttribute("message", "Đã đánh dấu " + read + " thông báo là đã đọc.");
        return "redirect:/giaoviec/thong-bao";
    }

    /** A leader stops e-mails and SMS about one task (its notifications still show here), or starts them again. */
    @PostMapping("/giaoviec/thong-bao/tat-thu")
    String mute(@RequestParam String task, @RequestParam(defaultValue = "true") boolean mute,
                Authentication authentication, RedirectAttributes redirect) {
        UserAccess user = UserAccess.of(authentication);
        if (!Muting.allowedFor(user)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Chỉ lãnh đạo được tắt thư, tin nhắn về một nhiệm vụ");
        }
        if (mute) {
            preferences.mute(user.userId(), task);
            redirect.addFlashAttribute("message", "Đã tắt thư và tin nhắn về nhiệm vụ " + task
                    + "; thông báo vẫn hiện ở đây.");
        } else {
            preferences.unmute(user.userId(), task);
            redirect.addFlashAttribute("message", "Đã bật lại thư và tin nhắn về nhiệm vụ " + task + ".");
        }
        return "redirect:/giaoviec/thong-bao";
    }
}
