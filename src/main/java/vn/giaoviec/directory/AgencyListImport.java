package vn.giaoviec.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.DirectoryChanges;
import vn.giaoviec.agency.DirectoryEntry;
import vn.giaoviec.text.VietnameseText;

/**
 * What loading a list of agencies would do, row by row (the preview), and doing it: a new agency is
 * added with its groups; an agency already in the directory (same code, or same name or alias) only
 * gains the list's other names as aliases; a row that cannot be applied says why and is left out.
 * Applying is all or nothing, and recomputes the plan from the rows the preview showed.
 */
@Service
class AgencyListImport {

    enum Action { ADD, ALIASES, UNCHANGED, ERROR }

    /** One row of the preview: what was read, what will be done, and in words. */
    record Step(AgencyList.Line line, Action action, String existingCode, List<String> newAliases, String note) {
    }

    private final AgencyDirectory directory;
    private final DirectoryChanges changes;

    AgencyListImport(AgencyDirectory directory, DirectoryChanges changes) {
        this.directory = directory;
        this.changes = changes;
    }

    List<Step> preview(List<AgencyList.Line> lines) {
        List<Step> steps = new ArrayList<>();
        Set<String> namesInList = new HashSet<>();
        Set<String> codesInList = new HashSet<>();
        for (AgencyList.Line line : lines) {
            steps.add(step(line, namesInList, codesInList));
        }
        return steps;
    }

    /** Applies the rows that can be applied; returns how many agencies were added and how many gained names. */
    @Transactional
    int[] apply(List<AgencyList.Line> lines, String actor) {
        int added = 0;
        int extended = 0;
        for (Step step : preview(lines)) {
            AgencyList.Line line = step.line();
            switch (step.action()) {
                case ADD -> {
                    changes.add(line.code().isEmpty() ? null : line.code(), line.name(), line.kind(), line.aliases(), actor);
                    added++;
                }
                case ALIASES -> {
                    Agency existing = directory.get(step.existingCode());
                    List<String> aliases = new ArrayList<>(existing.aliases());
                    aliases.addAll(step.newAliases());
                    changes.changeAliases(existing.code(), aliases, null, actor);
                    extended++;
                }
                default -> {
                }
            }
        }
        return new int[] {added, extended};
    }

    private Step step(AgencyList.Line line, Set<String> namesInList, Set<String> codesInList) {
        if (line.name().isEmpty()) {
            return error(line, "Thiếu tên cơ quan.");
        }
        if (line.name().length() > 300) {
            return error(line, "Tên cơ quan dài quá 300 ký tự.");
        }
        if (line.kind() == null) {
            return error(line, "Loại \"" + line.kindText() + "\" không rõ: ghi Sở, Huyện hoặc Xã.");
        }
        if (!line.code().isEmpty() && !DirectoryChanges.validCode(line.code())) {
            return error(line, "Mã \"" + line.code() + "\" không hợp lệ: chỉ chữ thường không dấu, số và '-'.");
        }
        if (!namesInList.add(key(line.name())) || !line.code().isEmpty() && !codesInList.add(line.code())) {
            return error(line, "Trùng với một dòng ở trên.");
        }
        Optional<DirectoryEntry> existing = existing(line);
        if (existing.isEmpty()) {
            return new Step(line, Action.ADD, null, line.aliases(), "Thêm cơ quan mới"
                    + (line.code().isEmpty() ? " (mã tự đặt theo tên)" : "") + ".");
        }
        DirectoryEntry entry = existing.get();
        Agency agency = entry.agency();
        if (!entry.active()) {
            return error(line, "Trùng với \"" + agency.name() + "\" (mã " + agency.code()
                    + ") đã ngừng hoạt động: khôi phục cơ quan đó trên trang này nếu cần.");
        }
        if (!line.code().isEmpty() && !line.code().equals(agency.code())) {
            return error(line, "Tên đã có trong danh bạ với mã " + agency.code() + ", khác mã " + line.code() + " trong danh sách.");
        }
        Set<String> known = new HashSet<>();
        known.add(key(agency.name()));
        agency.aliases().forEach(a -> known.add(key(a)));
        Set<String> fresh = new LinkedHashSet<>();
        if (!known.contains(key(line.name()))) {
            fresh.add(line.name());
        }
        line.aliases().stream().filter(a -> !known.contains(key(a))).forEach(fresh::add);
        if (fresh.isEmpty()) {
            return new Step(line, Action.UNCHANGED, agency.code(), List.of(), "Đã có trong danh bạ: không thay đổi.");
        }
        return new Step(line, Action.ALIASES, agency.code(), List.copyOf(fresh),
                "Đã có trong danh bạ (\"" + agency.name() + "\"): thêm tên gọi khác " + String.join("; ", fresh) + ".");
    }

    /** The stored agency with the line's code, else one whose name or an alias is the line's name. */
    private Optional<DirectoryEntry> existing(AgencyList.Line line) {
        List<DirectoryEntry> entries = directory.entries();
        if (!line.code().isEmpty()) {
            Optional<DirectoryEntry> byCode = entries.stream().filter(e -> e.agency().code().equals(line.code())).findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        String name = key(line.name());
        return entries.stream().filter(e -> key(e.agency().name()).equals(name)
                || e.agency().aliases().stream().anyMatch(a -> key(a).equals(name))).findFirst();
    }

    private static Step error(AgencyList.Line line, String why) {
        return new Step(line, Action.ERROR, null, List.of(), why);
    }

    private static String key(String name) {
        return VietnameseText.fold(AgencyList.clean(name));
    }
}
