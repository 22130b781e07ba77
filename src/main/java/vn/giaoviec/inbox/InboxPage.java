package vn.giaoviec.inbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.people.People;
import vn.giaoviec.people.Person;
import vn.giaoviec.identity.UserAccess;

/**
 * The inbox page ("Hộp việc"): the lists with their counts, search, one page of rows, and the bulk
 * actions of the lists that have many similar rows.
 */
@Controller
class InboxPage {

    static final String PATH = "/giaoviec/hop-viec";

    private final Inbox inbox;
    private final BulkWork bulk;
    private final People people;
    private final AgencyDirectory directory;

    InboxPage(Inbox inbox, BulkWork bulk, People people, AgencyDirectory directory) {
        this.inbox = inbox;
        this.bulk = bulk;
        this.people = people;
        this.directory = directory;
    }

    @GetMapping(PATH)
    String inbox(@RequestParam(name = "ds", required = false) String list, @RequestParam(name = "q", required = false) String search,
                 @RequestParam(name = "trang", defaultValue = "1") int page, Authentication authentication, Model model) {
        UserAccess user = UserAccess.of(authentication);
        // no list asked for: the inbox starts where the work is (Inbox.view)
        InboxList chosen = list == null ? null : InboxList.ofSlug(list).orElse(InboxList.MINE);
        Inbox.View view = inbox.view(user.userId(), user.groups(), chosen, search, page - 1);
        model.addAttribute("view", view);
        model.addAttribute("lists", shownLists(view, user));
        BulkPanel panel = bulkPanel(view.list(), user);
        if (panel != null && panel.appliesTo(view.rows())) {
            model.addAttribute("bulk", panel);
        }
        return "inbox/inbox";
    }

    @PostMapping(PATH + "/xu-ly-nhieu")
    String bulk(@RequestParam(name = "ds", defaultValue = "") String list, @RequestParam(name = "hanhDong") String action,
                @RequestParam(name = "viec", required = false) List<String> works,
                @RequestParam(name = "note", required = false) String note,
                @RequestParam(name = "officer", required = false) String officer,
                Authentication authentication, RedirectAttributes redirect) {
        UserAccess user = UserAccess.of(authentication);
        BulkWork.Outcome outcome = switch (action) {
            case "URGE" -> bulk.urge(user, works, note);
            case "EXPLAIN" -> bulk.askForExplanations(user, works, note);
            case "ASSIGN" -> bulk.assign(user, works, officer, note);
            default -> BulkWork.Outcome.refused("Thao tác không hợp lệ.");
        };
        if (!outcome.done().isEmpty()) {
            redirect.addFlashAttribute("message", doneMessage(action, outcome.done(), officer));
        }
        redirect.addFlashAttribute("failures", outcome.failed());
        if (!outcome.failed().isEmpty()) {
            redirect.addFlashAttribute("bulkNote", note);
        }
        return "redirect:" + PATH + "?ds=" + UriUtils.encodeQueryParam(list, "UTF-8");
    }

    private String doneMessage(String action, List<String> done, String officer) {
        String codes = String.join(", ", done);
        return switch (action) {
            case "URGE" -> "Đã đôn đốc " + done.size() + " nhiệm vụ: " + codes + ".";
            case "EXPLAIN" -> "Đã yêu cầu giải trình " + done.size() + " nhiệm vụ: " + codes + ".";
            default -> "Đã phân công " + done.size() + " nhiệm vụ cho " + people.describe(officer) + ": " + codes + ".";
        };
    }

    /** The Chánh Văn phòng's overdue lists offer urging; a leader's lists offer assigning to one officer. */
    private BulkPanel bulkPanel(InboxList list, UserAccess user) {
        if (list == InboxList.ESCALATIONS || list == InboxList.OVERDUE) {
            return user.isChiefOfOffice() ? BulkPanel.escalations() : null;
        }
        if (list == InboxList.UNIT || list == InboxList.MINE) {
            List<Person> officers = officersLedBy(user);
            return officers.isEmpty() ? null : BulkPanel.assignment(officers);
        }
        return null;
    }

    /** Everyone in the agencies whose leaders' group the user belongs to (the officer options of their forms). */
    private List<Person> officersLedBy(UserAccess user) {
        List<Person> officers = new ArrayList<>();
        for (Agency agency : directory.all()) {
            if (user.memberOf(agency.leaderGroup())) {
                officers.addAll(people.membersOf(agency.code()));
            }
        }
        return officers;
    }

    /** Every list, the Chánh Văn phòng's escalations only for whoever receives them. */
    private static List<InboxList> shownLists(Inbox.View view, UserAccess user) {
        return Arrays.stream(InboxList.values())
                .filter(l -> l != InboxList.ESCALATIONS || user.isChiefOfOffice() || view.counts().get(l) > 0)
                .toList();
    }
}
