package vn.giaoviec.taskpage;

import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.lifecycle.TaskActions;
import vn.giaoviec.lifecycle.ExtensionPendingException;
import vn.giaoviec.register.TaskClosedException;
import vn.giaoviec.work.DateInput;

/**
 * The two requests made from a task's page outside its steps (the same as the REST API's): the lead
 * agency asks for an extension with a reason and a proposed date; the Chánh Văn phòng withdraws the
 * task with a reason. What was typed comes back with any error; decisions appear in the history.
 * Whoever may not make the request is refused (403), as the page offers it only to those who may.
 */
@Controller
class TaskRequestsPage {

    private final TaskActions actions;

    TaskRequestsPage(TaskActions actions) {
        this.actions = actions;
    }

    @PostMapping(TaskPage.PATH + "/xin-gia-han")
    String requestExtension(@PathVariable String code, @RequestParam(defaultValue = "") String newDueDate,
                            @RequestParam(defaultValue = "") String reason, Authentication authentication,
                            RedirectAttributes redirect) {
        try {
            LocalDate date = DateInput.parse(newDueDate);
            if (date == null) {
                throw new IllegalArgumentException("Cần chọn thời hạn đề nghị.");
            }
            actions.requestExtension(code, date, reason.strip(), UserAccess.of(authentication));
            redirect.addFlashAttribute("message", "Đã gửi đề nghị gia hạn; Chánh Văn phòng sẽ quyết định.");
            return TaskPage.back(code, null, null);
        } catch (IllegalArgumentException | TaskClosedException | ExtensionPendingException e) {
            redirect.addFlashAttribute("extensionError", DisplayText.withVietnameseDates(message(e)));
            redirect.addFlashAttribute("extensionDate", newDueDate);
            redirect.addFlashAttribute("extensionReason", reason);
            return TaskPage.back(code, null, "gia-han");
        }
    }

    @PostMapping(TaskPage.PATH + "/thu-hoi")
    String withdraw(@PathVariable String code, @RequestParam(defaultValue = "") String reason,
                    Authentication authentication, RedirectAttributes redirect) {
        try {
            actions.withdraw(code, reason.strip(), UserAccess.of(authentication));
            redirect.addFlashAttribute("message", "Đã thu hồi nhiệm vụ.");
            return TaskPage.back(code, null, null);
        } catch (IllegalArgumentException | TaskClosedException e) {
            redirect.addFlashAttribute("withdrawalError", message(e));
            redirect.addFlashAttribute("withdrawalReason", reason);
            return TaskPage.back(code, null, "thu-hoi");
        }
    }

    private static String message(RuntimeException e) {
        if (e instanceof TaskClosedException) {
            return "Nhiệm vụ đã kết thúc hoặc đã thu hồi; không thể thực hiện thêm.";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "Không thực hiện được yêu cầu." : e.getMessage();
    }
}
