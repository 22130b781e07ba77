package vn.giaoviec.inbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists of the inbox ("Hộp việc"), each a condition on the work a user may do: the tasks
 * assigned to them and their groups' unclaimed tasks (see {@link InboxQuery}).
 */
public enum InboxList {
    MINE("cua-toi", "Việc của tôi", "Việc đã giao cho bạn hoặc bạn đã nhận"),
    UNIT("cua-don-vi", "Việc của đơn vị", "Việc của cơ quan, nhóm bạn thuộc về, chưa ai nhận"),
    DUE_SOON("sap-den-han", "Sắp đến hạn", "Việc của bạn và đơn vị đến hạn trong vài ngày làm việc tới"),
    OVERDUE("qua-han", "Quá hạn", "Việc của bạn và đơn vị đã quá hạn"),
    RETURNED("bi-tra-lai", "Bị trả lại", "Sản phẩm bị lãnh đạo trả lại, cần hoàn thiện và nộp lại"),
    ESCALATIONS("xu-ly-qua-han", "Nhiệm vụ quá hạn cần xử lý",
            "Nhiệm vụ quá hạn chuyển đến Chánh Văn phòng: đôn đốc, yêu cầu giải trình hoặc cho thời hạn mới");

    private final String slug;
    private final String label;
    private final String description;

    InboxList(String slug, String label, String description) {
        this.slug = slug;
        this.label = label;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    static Optional<InboxList> ofSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }
}
