package vn.giaoviec.notification.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giaoviec.notification.Channel;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.people.People;

/**
 * For administrators: the state of the outbox — how many e-mails and SMS wait, went, or were parked
 * after failing — the failing ones with their errors, and sending a parked one again.
 */
@Controller
class DeliveryPage {

    static final String PATH = "/giaoviec/thong-bao/gui-di";
    static final int SHOWN = 50;

    private final Deliveries deliveries;
    private final People people;

    DeliveryPage(Deliveries deliveries, People people) {
        this.deliveries = deliveries;
        this.people = people;
    }

    @GetMapping(PATH)
    String show(Authentication authentication, Model model) {
        requireAdmin(authentication);
        model.addAttribute("channels", List.of(Channel.EMAIL, Channel.SMS));
        model.addAttribute("statuses", List.of(DeliveryStatus.values()));
        model.addAttribute("counts", deliveries.counts());
        List<Delivery> parked = deliveries.latest(DeliveryStatus.PARKED, SHOWN);
        List<Delivery> pending = deliveries.latest(DeliveryStatus.PENDING, SHOWN);
        List<Delivery> sent = deliveries.latest(DeliveryStatus.SENT, 20);
        model.addAttribute("parked", parked);
        model.addAttribute("pending", pending);
        model.addAttribute("sent", sent);
        // recipients by name and position, as everywhere people are shown
        Map<String, String> names = new HashMap<>();
        Stream.of(parked, pending, sent).flatMap(List::stream).map(Delivery::recipient).distinct()
                .forEach(id -> names.put(id, people.describe(id)));
        model.addAttribute("names", names);
        return "notification/deliveries";
    }

    @PostMapping(PATH + "/{id}/gui-lai")
    String resend(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        requireAdmin(authentication);
        if (deliveries.requeue(id)) {
            redirect.addFlashAttribute("message", "Đã đưa thư số " + id + " vào hàng đợi gửi lại.");
        } else {
            redirect.addFlashAttribute("error", "Thư số " + id + " không ở trạng thái tạm dừng.");
        }
        return "redirect:" + PATH;
    }

    private static void requireAdmin(Authentication authentication) {
        if (!UserAccess.of(authentication).isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị viên xem được tình trạng gửi thông báo");
        }
    }
}
