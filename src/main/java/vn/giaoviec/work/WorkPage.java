package vn.giaoviec.work;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giaoviec.identity.UserAccess;

/**
 * The page of a piece of work outside a plan task — a periodic report, a year-end decision: its
 * form, claim, completion. (A plan task's work is on the task's own page.) Work the person may not
 * do is "not found".
 */
@Controller
class WorkPage {

    private final WorkItems items;
    private final WorkForms forms;

    WorkPage(WorkItems items, WorkForms forms) {
        this.items = items;
        this.forms = forms;
    }

    @GetMapping("/giaoviec/viec/{id}")
    String show(@PathVariable String id, Authentication authentication, Model model) {
        Work work = find(id, UserAccess.of(authentication));
        model.addAttribute("work", work);
        model.addAttribute("form", forms.view(work, Set.of()).orElse(null));
        return "work/work";
    }

    @PostMapping("/giaoviec/viec/{id}/nhan-viec")
    String claim(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        try {
            items.claim(find(id, UserAccess.of(authentication)).id(), UserAccess.of(authentication));
            redirect.addFlashAttribute("message", "Bạn đã nhận việc này; việc chuyển vào \"Việc của tôi\".");
        } catch (WorkException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/giaoviec/viec/" + id;
    }

    @PostMapping("/giaoviec/viec/{id}")
    String submit(@PathVariable String id, @RequestParam(name = "tep", required = false) List<MultipartFile> uploads,
                  HttpServletRequest request, HttpServletResponse response, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        UserAccess user = UserAccess.of(authentication);
        Work work = find(id, user);
        WorkForms.Submitted submitted;
        try {
            submitted = forms.submit(work, user, FormParams.of(request.getParameterMap()), uploads, Set.of());
        } catch (WorkException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/giaoviec/viec/" + id;
        }
        if (submitted.done()) {
            redirect.addFlashAttribute("message", submitted.message());
            return "redirect:/giaoviec/hop-viec";
        }
        response.setStatus(422);
        model.addAttribute("work", work);
        model.addAttribute("form", submitted.form());
        return "work/work";
    }

    private Work find(String id, UserAccess user) {
        return items.find(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
