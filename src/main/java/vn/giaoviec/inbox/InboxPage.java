package vn.giaoviec.inbox;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giaoviec.security.UserAccess;

/** The inbox page ("Hộp việc"): the lists with their counts, search, one page of rows. */
@Controller
class InboxPage {

    static final String PATH = "/giaoviec/hop-viec";

    private final Inbox inbox;

    InboxPage(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping(PATH)
    String inbox(@RequestParam(name = "ds", required = false) String list, @RequestParam(name = "q", required = false) String search,
                 @RequestParam(name = "trang", defaultValue = "1") int page, Authentication authentication, Model model) {
        UserAccess user = UserAccess.of(authentication);
        InboxList chosen = InboxList.ofSlug(list).orElse(InboxList.MINE);
        Inbox.View view = inbox.view(user.userId(), user.groups(), chosen, search, page - 1);
        if (list == null && view.counts().get(InboxList.MINE) == 0 && view.counts().get(InboxList.UNIT) > 0) {
            // nothing of one's own yet: start where the work is
            view = inbox.view(user.userId(), user.groups(), InboxList.UNIT, search, 0);
        }
        model.addAttribute("view", view);
        model.addAttribute("lists", shownLists(view, user));
        return "inbox/inbox";
    }

    /** Every list, the Chánh Văn phòng's escalations only for whoever receives them. */
    private static List<InboxList> shownLists(Inbox.View view, UserAccess user) {
        return Arrays.stream(InboxList.values())
                .filter(l -> l != InboxList.ESCALATIONS || user.isChiefOfOffice() || view.counts().get(l) > 0)
                .toList();
    }
}
