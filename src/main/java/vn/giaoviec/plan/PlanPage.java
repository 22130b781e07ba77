package vn.giaoviec.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.AgencyKind;
import vn.giaoviec.plan.PlanImporter.ImportSource;
import vn.giaoviec.plan.draft.ImportDraft;
import vn.giaoviec.plan.draft.ImportDrafts;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.security.AccessPolicy;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.milestone.MilestoneLauncher;
import vn.giaoviec.people.People;

/**
 * The import pages: upload a file, read and edit the preview, choose what unknown names are, commit.
 * The rows read from the file wait in a draft (database, see {@link ImportDrafts}); the user's edits
 * travel with the form, so every preview and the commit are built from the same rows and choices.
 */
@Controller
class PlanPage {

    private final PlanImporter importer;
    private final Plans plans;
    private final AccessPolicy policy;
    private final AgencyDirectory directory;
    private final ImportDrafts drafts;
    private final People people;
    private final MilestoneLauncher milestones;

    PlanPage(PlanImporter importer, Plans plans, AccessPolicy policy, AgencyDirectory directory, ImportDrafts drafts,
             People people, MilestoneLauncher milestones) {
        this.milestones = milestones;
        this.people = people;
        this.importer = importer;
        this.plans = plans;
        this.policy = policy;
        this.directory = directory;
        this.drafts = drafts;
    }

    @GetMapping("/giaoviec/ke-hoach")
    String plans(Authentication authentication, Model model) {
        List<Plan> all = plans.all();
        model.addAttribute("plans", all);
        // who imported each plan, by name and position
        model.addAttribute("importers", all.stream().map(Plan::importedBy).filter(java.util.Objects::nonNull).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, people::describe)));
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
                  Authentication authentication, Model model) throws IOException {
        UserAccess user = checkMayImport(authentication);
        try {
            byte[] content = file.getBytes();
            ImportSource source = new ImportSource(file.getOriginalFilename(), PlanImporter.sha256(content),
                    importer.read(file.getOriginalFilename(), content));
            importer.preview(source.appendix(), year, ImportChoices.none());
            return "redirect:/giaoviec/ke-hoach/nhap/" + drafts.save(user.userId(), source, year);
        } catch (PlanReadException | PlanImportException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("year", year);
            return "plan/import";
        }
    }

    @GetMapping("/giaoviec/ke-hoach/nhap/{draftId}")
    String preview(@PathVariable String draftId, Authentication authentication, Model model) {
        ImportDraft draft = draft(draftId, checkMayImport(authentication));
        return showPreview(draft, draft.year(), ImportChoices.none(), model);
    }

    @PostMapping("/giaoviec/ke-hoach/nhap/{draftId}")
    String previewOrCommit(@PathVariable String draftId, @RequestParam Map<String, String> form,
                           Authentication authentication, Model model, RedirectAttributes redirect) {
        UserAccess user = checkMayImport(authentication);
        ImportDraft draft = draft(draftId, user);
        Integer year = year(form.get("year"));
        List<String> problems = new ArrayList<>();
        ImportChoices choices;
        try {
            choices = ImportForm.choices(form, draft.source().appendix().rows(), problems);
        } catch (PlanImportException e) {
            model.addAttribute("error", e.getMessage());
            return showPreview(draft, year, ImportChoices.none(), model);
        }
        if (!problems.isEmpty()) {
            model.addAttribute("error", String.join(" ", problems));
            return showPreview(draft, year, choices, model);
        }
        if (!"commit".equals(form.get("action"))) {
            return showPreview(draft, year, choices, model);
        }
        try {
            Plan plan = importer.commit(draft.source(), year, choices, form.get("fingerprint"), user.userId());
            drafts.delete(draftId);
            redirect.addFlashAttribute("message", "Đã ghi kế hoạch \"" + plan.title() + "\" và giao "
                    + plan.taskCount() + " nhiệm vụ.");
            return "redirect:/giaoviec/ke-hoach/" + plan.id();
        } catch (PlanImportException | PlanReadException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return showPreview(draft, year, choices, model);
        }
    }

    private String showPreview(ImportDraft draft, Integer year, ImportChoices choices, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("year", year);
        model.addAttribute("choices", choices);
        model.addAttribute("agencies", directory.all());
        model.addAttribute("kinds", AgencyKind.values());
        try {
            PlanPreview preview = importer.preview(draft.source().appendix(), year, choices);
            model.addAttribute("preview", preview);
            model.addAttribute("names", ImportForm.namesToChoose(choices, preview));
            model.addAttribute("milestones", preview.items().stream().filter(i -> !i.skipped())
                    .collect(java.util.stream.Collectors.toMap(PreviewItem::row,
                            i -> milestones.summary(i.deadlineText(), preview.year()), (a, b) -> a)));
        } catch (PlanImportException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "plan/preview";
    }

    private ImportDraft draft(String id, UserAccess user) {
        return drafts.find(id, user.userId()).orElseThrow(DraftGone::new);
    }

    /** A draft already committed, older than a day, or another user's: back to the upload, with a word. */
    @ExceptionHandler(DraftGone.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String draftGone(Model model) {
        model.addAttribute("error", "Bản xem trước này không còn (đã ghi, đã quá một ngày, hoặc của người khác):"
                + " hãy chọn lại tệp kế hoạch.");
        return "plan/import";
    }

    private static final class DraftGone extends RuntimeException {
        DraftGone() {
            super(null, null, false, false);
        }
    }

    private static Integer year(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new PlanImportException("Năm kế hoạch không hợp lệ: " + value);
        }
    }

    private UserAccess checkMayImport(Authentication authentication) {
        UserAccess user = UserAccess.of(authentication);
        policy.requireMayImport(user);
        return user;
    }
}
