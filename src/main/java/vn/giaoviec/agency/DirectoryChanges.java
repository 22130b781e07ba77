package vn.giaoviec.agency;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giaoviec.calendar.ProvinceClock;

/**
 * Changes to the directory of agencies, by administrators and by an import that adds a new agency:
 * add (with its Camunda groups), rename (the old name stays readable as an alias), change aliases,
 * merge one agency into another (its names then resolve to the other; its open tasks stay its own),
 * retire and reinstate. Every change is stored, and every node reloads its copy.
 */
@Service
public class DirectoryChanges {

    static final int MAX_NAME = 300;

    private final AgencyDirectory directory;
    private final ApplicationEventPublisher events;
    private final ProvinceClock clock;

    public DirectoryChanges(AgencyDirectory directory, ApplicationEventPublisher events, ProvinceClock clock) {
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Adds an agency and its groups; the code is made from the name when blank. */
    @Transactional
    public Agency add(String code, String name, AgencyKind kind, List<String> aliases, String actor) {
        String cleanName = name(name);
        String chosen = code == null || code.isBlank() ? freeCode(cleanName) : code.strip();
        if (!validCode(chosen)) {
            throw new DirectoryException("Mã cơ quan \"" + chosen + "\" không hợp lệ: chỉ chữ thường không dấu, số và '-'.");
        }
        Agency agency = new Agency(chosen, cleanName, kind == null ? AgencyKind.SO : kind, Set.of(),
                aliases == null ? List.of() : aliases);
        if (!directory.store().insertIfAbsent(agency, actor, now())) {
            throw new DirectoryException("Đã có cơ quan mã \"" + chosen + "\".");
        }
        changed();
        events.publishEvent(new AgencyChanged(agency));
        return agency;
    }

    /** New name; the old one is kept as an alias so that plans written with it still resolve. */
    @Transactional
    public Agency rename(String code, String newName, String actor) {
        Agency old = active(code);
        List<String> aliases = new ArrayList<>(old.aliases());
        aliases.add(old.name());
        Agency renamed = new Agency(code, name(newName), old.kind(), old.roles(), aliases);
        directory.store().update(renamed, actor, now());
        changed();
        events.publishEvent(new AgencyChanged(renamed));
        return renamed;
    }

    @Transactional
    public Agency changeAliases(String code, List<String> aliases, AgencyKind kind, String actor) {
        Agency old = active(code);
        Agency changed = new Agency(code, old.name(), kind == null ? old.kind() : kind, old.roles(), aliases);
        directory.store().update(changed, actor, now());
        changed();
        return changed;
    }

    /** {@code from} leaves the directory; its names resolve to {@code into} from now on. */
    @Transactional
    public void merge(String from, String into, String actor) {
        if (from.equals(into)) {
            throw new DirectoryException("Không thể sáp nhập một cơ quan vào chính nó.");
        }
        Agency source = active(from);
        active(into);
        if (!source.roles().isEmpty()) {
            throw new DirectoryException("\"" + source.name() + "\" giữ vai trò của cả tỉnh (Văn phòng UBND hoặc thường"
                    + " trực CCHC): chuyển vai trò trước khi sáp nhập.");
        }
        directory.store().retire(from, into, actor, now());
        changed();
    }

    @Transactional
    public void retire(String code, String actor) {
        Agency agency = active(code);
        if (!agency.roles().isEmpty()) {
            throw new DirectoryException("\"" + agency.name() + "\" giữ vai trò của cả tỉnh: không thể ngừng hoạt động.");
        }
        directory.store().retire(code, null, actor, now());
        changed();
    }

    @Transactional
    public void reinstate(String code, String actor) {
        directory.get(code);
        directory.store().reinstate(code, actor, now());
        changed();
    }

    /** True when {@code code} may be an agency's code (and a Camunda group id): lower case, digits, '-'. */
    public static boolean validCode(String code) {
        return code != null && AgencyYaml.CODE.matcher(code).matches();
    }

    /** A code made from the name's initials ("Sở Khoa học và Công nghệ" → "skhcn"), numbered when taken. */
    public String freeCode(String name) {
        String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (String word : folded.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !word.equals("va")) {
                initials.append(Character.isDigit(word.charAt(0)) ? word : word.substring(0, 1));
            }
        }
        String base = initials.length() == 0 ? "coquan" : initials.toString();
        String code = base;
        for (int n = 2; directory.find(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private Agency active(String code) {
        if (!directory.isActive(code)) {
            throw new DirectoryException("Không có cơ quan đang hoạt động mã \"" + code + "\".");
        }
        return directory.get(code);
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new DirectoryException("Tên cơ quan phải có từ 1 đến " + MAX_NAME + " ký tự.");
        }
        return clean;
    }

    private void changed() {
        directory.store().bumpVersion();
        directory.invalidate();
    }

    private LocalDateTime now() {
        return clock.localNow();
    }
}
