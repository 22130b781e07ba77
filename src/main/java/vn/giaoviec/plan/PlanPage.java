package vn.giaoviec.plan;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;

/**
 * The import pages: upload a file, read the preview, map unknown names, commit. The uploaded file
 * waits in the user's session between preview and commit, so nothing is written before commit.
 */
@Controller
class PlanPage {

    static final String PENDING = "giaoviec.pendingPlan";

    private final PlanImporter importer;
    private final Plans plans;
    private final AccessPolicy policy;
    private final AgencyDirectory directory;

    PlanPage(PlanImporter importer, Plans plans, AccessPolicy policy, AgencyDirectory directory) {
        this.importer = importer;
        this.plans = plans;
        this.policy = policy;
        this.directory = directory;
    }

    @GetMapping("/giaoviec/ke-hoach")
    String plans(Authentication authentication, Model model) {
        model.addAttribute("plans", plans.all());
        model.addAttribute("maySignal", policy.canRunPlanYear(UserAccess.of(authentication)));
        return "plan/list";
    }

    @GetMapping("/giaoviec/ke-hoach/nhap")
    String form(Authentication authentication) {
        checkMayImport(authentication);
        return "plan/import";
    }

    @PostMapping("/giaoviec/ke-hoach/nhap")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer year,
                  Authentication authentication, HttpSession session, Model model) throws IOException {
        checkMayImport(authentication);
        PendingPlan pending = new PendingPlan(file.getOriginalFilename(), file.getBytes(), year);
        session.setAttribute(PENDING, pending);
        return showPreview(pending, Map.of(), model);
    }

    @PostMapping("/giaoviec/ke-hoach/ghi")
    String commit(@RequestParam Map<String, String> form, Authentication authentication, HttpSession session,
                  Model model, RedirectAttributes redirect) {
        UserAccess user = checkMayImport(authentication);
        PendingPlan pending = (PendingPlan) session.getAttribute(PENDING);
        if (pending == null) {
            model.addAttribute("error", "Phiên làm việc đã hết hạn: hãy chọn lại tệp kế hoạch.");
            return "plan/import";
        }
        Map<String, String> mappings = mappings(form);
        if (!"commit".equals(form.get("action"))) {
            return showPreview(pending, mappings, model);
        }
        try {
            Plan plan = importer.commit(pending.fileName(), pending.content(), pending.year(), mappings,
                    "true".equals(form.get("saveAliases")), user.userId());
            session.removeAttribute(PENDING);
            redirect.addFlashAttribute("message", "Đã ghi kế hoạch \"" + plan.title() + "\" và giao "
                    + plan.taskCount() + " nhiệm vụ.");
            return "redirect:/giaoviec/ke-hoach";
        } catch (PlanImportException | PlanReadException e) {
            model.addAttribute("error", e.getMessage());
            return showPreview(pending, mappings, model);
        }
    }

    private String showPreview(PendingPlan pending, Map<String, String> mappings, Model model) {
        model.addAttribute("year", pending.year());
        model.addAttribute("agencies", directory.all());
        try {
            model.addAttribute("preview", importer.preview(pending.fileName(), pending.content(), pending.year(), mappings));
        } catch (PlanReadException | PlanImportException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "plan/import";
    }

    /** names[i] → codes[i] from the mapping selects. */
    private static Map<String, String> mappings(Map<String, String> form) {
        Map<String, String> mappings = new LinkedHashMap<>();
        form.forEach((key, name) -> {
            if (key.startsWith("names[")) {
                String code = form.get("codes" + key.substring("names".length()));
                if (code != null && !code.isBlank()) {
                    mappings.put(name, code);
                }
            }
        });
        return mappings;
    }

    private UserAccess checkMayImport(Authentication authentication) {
        UserAccess user = UserAccess.of(authentication);
        policy.requireMayImport(user);
        return user;
    }

    /** An uploaded plan waiting for its commit. */
    record PendingPlan(String fileName, byte[] content, Integer year) implements Serializable {
    }
}
