package vn.giaoviec.taskpage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.lifecycle.TaskActions;
import vn.giaoviec.work.FormParams;
import vn.giaoviec.work.Work;
import vn.giaoviec.work.WorkException;
import vn.giaoviec.work.WorkForms;
import vn.giaoviec.work.WorkItems;

/**
 * A task's page (/giaoviec/nhiem-vu/{code}) for everyone who may see the task: its information,
 * what others wrote, its history and files, comments — and, when the signed-in person has work on
 * it, that work (claim, release, its form). Another agency's task is "not found" (404).
 */
@Controller
class TaskPage {

    static final String PATH = "/giaoviec/nhiem-vu/{code}";

    private final TaskActions actions;
    private final TaskPageModel pageModel;
    private final TaskComments comments;
    private final WorkItems work;
    private final WorkForms forms;

    TaskPage(TaskActions actions, TaskPageModel pageModel, TaskComments comments, WorkItems work, WorkForms forms) {
        this.forms = forms;
        this.actions = actions;
        this.pageModel = pageModel;
        this.comments = comments;
        this.work = work;
    }

    @GetMapping(PATH)
    String task(@PathVariable String code, @RequestParam(name = "viec", required = false) String workId,
                Authentication authentication, Model model) {
        UserAccess user = UserAccess.of(authentication);
        RegisterEntry task = actions.view(code, user);
        pageModel.fill(model, task, user, workId, null);
        return "taskpage/task";
    }

    /**
     * A work's form, submitted: done → back to the task with a confirmation; refused → the page again,
     * the form as typed with each problem (files already chosen are kept with the task).
     */
    @PostMapping(PATH + "/viec/{workId}")
    String submit(@PathVariable String code, @PathVariable String workId,
                  @RequestParam(name = "tep", required = false) List<MultipartFile> uploads, HttpServletRequest request,
                  HttpServletResponse response, Authentication authentication, Model model, RedirectAttributes redirect) {
        UserAccess user = UserAccess.of(authentication);
        RegisterEntry task = actions.view(code, user);
        Work item = work.find(workId, user).filter(w -> pageModel.instancesOf(task).contains(w.processInstanceId()))
                .orElse(null);
        if (item == null) {
            redirect.addFlashAttribute("error", "Việc này đã được xử lý xong hoặc không còn giao cho bạn.");
            return back(code, null, null);
        }
        WorkForms.Submitted submitted;
        try {
            submitted = forms.submit(item, user, FormParams.of(request.getParameterMap()), uploads, TaskPageModel.SHOWN_BY_PAGE);
        } catch (WorkException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return back(code, null, null);
        }
        if (submitted.done()) {
            redirect.addFlashAttribute("message", submitted.message());
            redirect.addFlashAttribute("completed", true);
            return back(code, null, null);
        }
        response.setStatus(422);
        pageModel.fill(model, actions.view(code, user), user, workId, submitted.form());
        return "taskpage/task";
    }

    @PostMapping(PATH + "/y-kien")
    String comment(@PathVariable String code, @RequestParam(defaultValue = "") String body,
                   Authentication authentication, RedirectAttributes redirect) {
        UserAccess user = UserAccess.of(authentication);
        RegisterEntry task = actions.view(code, user);
        try {
            comments.add(task.taskCode(), user.userId(), body);
            redirect.addFlashAttribute("message", "Đã gửi ý kiến.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("commentError", e.getMessage());
            redirect.addFlashAttribute("commentText", body);
        }
        return back(code, null, "y-kien");
    }

    @PostMapping(PATH + "/nhan-viec")
    String claim(@PathVariable String code, @RequestParam("viec") String workId, Authentication authentication,
                 RedirectAttributes redirect) {
        return onWork(code, workId, authentication, redirect, work::claim,
                "Bạn đã nhận việc này; việc chuyển vào \"Việc của tôi\".", workId);
    }

    @PostMapping(PATH + "/tra-viec")
    String release(@PathVariable String code, @RequestParam("viec") String workId, Authentication authentication,
                   RedirectAttributes redirect) {
        return onWork(code, workId, authentication, redirect, work::release,
                "Đã trả việc về đơn vị; người khác trong đơn vị có thể nhận.", null);
    }

    /** Takes or gives back one piece of work on a task the person may see, then back to the task with what happened. */
    private String onWork(String code, String workId, Authentication authentication, RedirectAttributes redirect,
                          java.util.function.BiConsumer<String, UserAccess> action, String done, String backToWork) {
        UserAccess user = UserAccess.of(authentication);
        actions.view(code, user);
        try {
            action.accept(workId, user);
            redirect.addFlashAttribute("message", done);
        } catch (WorkException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back(code, backToWork, "viec");
    }

    static String back(String code, String workId, String anchor) {
        return "redirect:/giaoviec/nhiem-vu/" + UriUtils.encodePathSegment(code, "UTF-8")
                + (workId == null ? "" : "?viec=" + UriUtils.encodeQueryParam(workId, "UTF-8"))
                + (anchor == null ? "" : "#" + anchor);
    }
}
