package vn.giaoviec.plan.read.table;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.giaoviec.plan.read.CellText;

/** The meaning of a header cell, recognised from its words without regard to case or diacritics. */
public enum ColumnRole {
    STT("STT", "^(stt|tt|so tt|so thu tu)$"),
    GROUP("Nhiệm vụ chung", "^(nhiem vu chung|linh vuc.*|nhom nhiem vu)$"),
    LEAD("Cơ quan chủ trì", ".*\\bchu tri\\b.*"),
    COORDINATORS("Cơ quan phối hợp", ".*\\bphoi hop\\b.*"),
    PRODUCT("Sản phẩm", ".*\\bsan pham\\b.*|^ket qua( dau ra)?$"),
    DEADLINE("Thời gian hoàn thành",
            ".*\\b(thoi gian hoan thanh|thoi han|thoi gian thuc hien|tien do|thoi diem hoan thanh)\\b.*|^thoi gian$"),
    TASK("Nhiệm vụ", "^(nhiem vu|noi dung|ten nhiem vu|cong viec|nhiem vu giai phap)\\b.*");

    /** Longer labels are prose, not a header cell. */
    private static final int MAX_LABEL_LENGTH = 45;

    private final String label;
    private final Pattern pattern;

    ColumnRole(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
    }

    /** The Vietnamese column name used in messages. */
    String label() {
        return label;
    }

    public static Optional<ColumnRole> of(String cellText) {
        if (cellText.length() > 3 * MAX_LABEL_LENGTH || cellText.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String key = CellText.key(cellText);
        if (key.isEmpty() || key.length() > MAX_LABEL_LENGTH) {
            return Optional.empty();
        }
        for (ColumnRole role : values()) {
            if (role.pattern.matcher(key).matches()) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
