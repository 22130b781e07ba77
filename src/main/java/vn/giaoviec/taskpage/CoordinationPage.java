package vn.giaoviec.taskpage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.lifecycle.TaskActions;
import vn.giaoviec.lifecycle.coordination.Coordination;
import vn.giaoviec.work.DateInput;

/**
 * The leaders' coordination actions on a task's page: "Giao cho cán bộ" (a coordinating agency's
 * leader), "Đổi hạn gửi ý kiến" of one agency and "Kết thúc lấy ý kiến phối hợp" (the lead agency's leader). The page offers them only to
 * those who may; anyone else who posts is told why not, in the section the action belongs to.
 */
@Controller
class CoordinationPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Coordination coordination;
    private final TaskActions actions;

    CoordinationPage(Coordination coordination, TaskActions actions) {
        this.coordination = coordination;
        this.actions = actions;
    }

    @PostMapping(TaskPage.PATH + "/giao-phoi-hop")
    String assign(@PathVariable String code, @RequestParam(name = "viec", defaultValue = "") String workId,
                  @RequestParam(defaultValue = "") String officer, Authentication authentication,
                  RedirectAttributes redirect) {
        UserAccess user = UserAccess.of(authentication);
        actions.view(code, user);
        try {
            coordination.assignContributor(code, workId, officer, user);
            redirect.addFlashAttribute("message", "Đã giao việc gửi ý kiến phối hợp cho cán bộ.");
        } catch (IllegalArgumentException | AccessDeniedException e) {
            redirect.addFlashAttribute("coordinationError", e.getMessage());
        }
        return TaskPage.back(code, null, "phoi-hop");
    }

    /** The lead agency's leader gives one coordinating agency a new due date; refused → the date typed stays. */
    @PostMapping(TaskPage.PATH + "/doi-han-phoi-hop")
    String changeDueDate(@PathVariable String code, @RequestParam(name = "coQuan", defaultValue = "") String agency,
                         @RequestParam(name = "hanMoi", defaultValue = "") String newDueDate,
                         Authentication authentication, RedirectAttributes redirect) {
        UserAccess user = UserAccess.of(authentication);
        actions.view(code, user);
        try {
            LocalDate date = DateInput.parse(newDueDate);
            coordination.changeDueDate(code, agency, date, user);
            redirect.addFlashAttribute("message", "Đã đổi hạn gửi ý kiến phối hợp thành " + DAY.format(date) + ".");
        } catch (IllegalArgumentException | AccessDeniedException e) {
            redirect.addFlashAttribute("coordinationError", e.getMessage());
            redirect.addFlashAttribute("dueDateAgency", agency);
            redirect.addFlashAttribute("dueDateTyped", newDueDate);
        }
        return TaskPage.back(code, null, "phoi-hop");
    }

    @PostMapping(TaskPage.PATH + "/ket-thuc-phoi-hop")
    String close(@PathVariable String code, Authentication authentication, RedirectAttributes redirect) {
        UserAccess user = UserAccess.of(authentication);
        actions.view(code, user);
        try {
            coordination.close(code, user);
            redirect.addFlashAttribute("message", "Đã kết thúc lấy ý kiến phối hợp; chuyên viên nộp sản phẩm.");
        } catch (IllegalArgumentException | AccessDeniedException e) {
            redirect.addFlashAttribute("coordinationError", e.getMessage());
        }
        return TaskPage.back(code, null, "phoi-hop");
    }
}
