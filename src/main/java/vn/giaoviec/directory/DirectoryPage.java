package vn.giaoviec.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.AgencyKind;
import vn.giaoviec.agency.DirectoryChanges;
import vn.giaoviec.agency.DirectoryEntry;
import vn.giaoviec.agency.DirectoryException;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadLimits;

/**
 * The administrators' directory page, /giaoviec/danh-ba: every agency by kind with its aliases and
 * state; add, rename, edit aliases, merge, retire, reinstate; load a list from .xlsx, previewed
 * before it is applied. Administrators and Sở Nội vụ's leaders only ({@link DirectoryAccess}).
 */
@Controller
class DirectoryPage {

    static final String PATH = "/giaoviec/danh-ba";

    private final AgencyDirectory directory;
    private final DirectoryChanges changes;
    private final AgencyListImport listImport;
    private final DirectoryAccess access;

    DirectoryPage(AgencyDirectory directory, DirectoryChanges changes, AgencyListImport listImport,
                  DirectoryAccess access) {
        this.directory = directory;
        this.changes = changes;
        this.listImport = listImport;
        this.access = access;
    }

    @GetMapping(PATH)
    String show(Authentication authentication, Model model) {
        access.requireMayEdit(UserAccess.of(authentication));
        return page(model);
    }

    @PostMapping(PATH + "/them")
    String add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
               @RequestParam(defaultValue = "SO") AgencyKind kind, @RequestParam(defaultValue = "") String aliases,
               Authentication authentication, Model model) {
        return change(authentication, model, user -> {
            Agency added = changes.add(code, name, kind, lines(aliases), user);
            return "Đã thêm \"" + added.name() + "\" (mã " + added.code() + ", nhóm " + added.code() + " và "
                    + added.leaderGroup() + ").";
        });
    }

    @PostMapping(PATH + "/{code}/doi-ten")
    String rename(@PathVariable String code, @RequestParam(defaultValue = "") String name,
                  Authentication authentication, Model model) {
        return change(authentication, model, user -> {
            String old = directory.nameOf(code);
            Agency renamed = changes.rename(code, name, user);
            return "Đã đổi tên \"" + old + "\" thành \"" + renamed.name() + "\"; tên cũ được giữ làm tên gọi khác.";
        });
    }

    @PostMapping(PATH + "/{code}/ten-goi-khac")
    String aliases(@PathVariable String code, @RequestParam(defaultValue = "") String aliases,
                   Authentication authentication, Model model) {
        return change(authentication, model, user -> {
            Agency changed = changes.changeAliases(code, lines(aliases), null, user);
            return "Đã lưu tên gọi khác của \"" + changed.name() + "\".";
        });
    }

    @PostMapping(PATH + "/{code}/sap-nhap")
    String merge(@PathVariable String code, @RequestParam(defaultValue = "") String into,
                 Authentication authentication, Model model) {
        return change(authentication, model, user -> {
            changes.merge(code, into, user);
            return "Đã sáp nhập \"" + directory.nameOf(code) + "\" vào \"" + directory.nameOf(into)
                    + "\": các tên của cơ quan cũ từ nay chỉ cơ quan này.";
        });
    }

    @PostMapping(PATH + "/{code}/ngung")
    String retire(@PathVariable String code, Authentication authentication, Model model) {
        return change(authentication, model, user -> {
            changes.retire(code, user);
            return "\"" + directory.nameOf(code) + "\" đã ngừng hoạt động; nhiệm vụ cũ vẫn giữ tên cơ quan.";
        });
    }

    @PostMapping(PATH + "/{code}/khoi-phuc")
    String reinstate(@PathVariable String code, Authentication authentication, Model model) {
        return change(authentication, model, user -> {
            changes.reinstate(code, user);
            return "\"" + directory.nameOf(code) + "\" hoạt động trở lại.";
        });
    }

    /** The list's preview: what each row would do. Nothing is written. */
    @PostMapping(PATH + "/nap")
    String preview(@RequestParam(required = false) MultipartFile file, Authentication authentication, Model model)
            throws IOException {
        access.requireMayEdit(UserAccess.of(authentication));
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Chọn tệp Excel (.xlsx) có danh sách cơ quan.");
            return page(model);
        }
        try {
            List<AgencyList.Line> lines = AgencyList.read(file.getBytes(), ReadLimits.DEFAULT);
            model.addAttribute("steps", listImport.preview(lines));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (PlanReadException e) {
            model.addAttribute("error", "Không đọc được danh sách: " + e.getMessage());
        }
        return page(model);
    }

    /** Applies the rows the preview showed (sent back as its hidden fields), all or nothing. */
    @PostMapping(PATH + "/nap/ap-dung")
    String apply(@RequestParam MultiValueMap<String, String> form, Authentication authentication, Model model) {
        return change(authentication, model, user -> {
            List<AgencyList.Line> lines = linesOf(form);
            int[] done = listImport.apply(lines, user);
            return "Đã nạp danh sách: thêm " + done[0] + " cơ quan, bổ sung tên gọi khác cho " + done[1] + " cơ quan.";
        });
    }

    private interface Change {
        String apply(String user);
    }

    private String change(Authentication authentication, Model model, Change change) {
        UserAccess user = UserAccess.of(authentication);
        access.requireMayEdit(user);
        try {
            model.addAttribute("done", change.apply(user.userId()));
        } catch (DirectoryException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return page(model);
    }

    private String page(Model model) {
        Map<AgencyKind, List<DirectoryEntry>> byKind = new LinkedHashMap<>();
        for (AgencyKind kind : AgencyKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        directory.entries().forEach(e -> byKind.get(e.agency().kind()).add(e));
        model.addAttribute("byKind", byKind);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("activeAgencies", List.copyOf(directory.all()));
        model.addAttribute("directory", directory);
        model.addAttribute("collectives", directory.collectives());
        return "directory/agencies";
    }

    /** Names one per line (or separated by ";"): a comma may be part of a name. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("[;\\r\\n]+")).map(AgencyList::clean).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static List<AgencyList.Line> linesOf(MultiValueMap<String, String> form) {
        List<String> rows = form.getOrDefault("row", List.of());
        List<String> names = form.getOrDefault("name", List.of());
        List<String> kinds = form.getOrDefault("kindText", List.of());
        List<String> codes = form.getOrDefault("code", List.of());
        List<String> aliases = form.getOrDefault("aliases", List.of());
        int n = rows.size();
        if (names.size() != n || kinds.size() != n || codes.size() != n || aliases.size() != n) {
            throw new DirectoryException("Bản xem trước gửi lại không đủ các cột: hãy tải danh sách lên lại.");
        }
        if (n > ReadLimits.DEFAULT.maxRows()) {
            throw new DirectoryException("Danh sách có hơn " + ReadLimits.DEFAULT.maxRows() + " dòng.");
        }
        if (n == 0) {
            throw new DirectoryException("Không có dòng nào để nạp.");
        }
        List<AgencyList.Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int row;
            try {
                row = Integer.parseInt(rows.get(i));
            } catch (NumberFormatException e) {
                row = i + 1;
            }
            String kindText = AgencyList.clean(kinds.get(i));
            lines.add(new AgencyList.Line(row, AgencyList.clean(names.get(i)), kindText, AgencyList.kind(kindText),
                    AgencyList.clean(codes.get(i)), lines(aliases.get(i))));
        }
        return lines;
    }
}
