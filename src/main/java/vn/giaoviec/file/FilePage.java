package vn.giaoviec.file;

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

/** The page the submit-product form links to: Camunda Tasklist has no file picker, this page is one. */
@Controller
class FilePage {

    private final FileAccess access;
    private final ProductFiles files;

    FilePage(FileAccess access, ProductFiles files) {
        this.access = access;
        this.files = files;
    }

    @GetMapping("/giaoviec/nhiem-vu/{taskCode}/tep")
    String show(@PathVariable String taskCode, Authentication authentication, Model model) {
        RegisterEntry task = access.checkCanSee(taskCode, UserAccess.of(authentication));
        model.addAttribute("task", task);
        model.addAttribute("files", files.ofTask(taskCode));
        return "file/upload";
    }

    @PostMapping("/giaoviec/nhiem-vu/{taskCode}/tep")
    String upload(@PathVariable String taskCode, @RequestParam("file") MultipartFile file,
                  Authentication authentication, RedirectAttributes redirect) {
        try {
            ProductFile stored = access.attach(taskCode, file, UserAccess.of(authentication));
            redirect.addFlashAttribute("message", "Đã tải lên \"" + stored.fileName() + "\".");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/giaoviec/nhiem-vu/" + UriUtils.encodePathSegment(taskCode, "UTF-8") + "/tep";
    }
}
