package vn.giaoviec.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import vn.giaoviec.plan.read.ReadSource;

/**
 * What an import would register: the plan, every row, every warning. Committable only when no
 * warning blocks (every agency name is chosen, every row has a lead).
 *
 * @param source       where the text came from (OCR: the preview says so)
 * @param newAgencies  agencies the import adds to the directory ("thêm cơ quan mới"), "code name"
 */
public record PlanPreview(String decisionNumber, String title, String issuer, int year, List<PreviewItem> items,
                          List<PreviewWarning> warnings, List<String> unknownNames, int taskCount,
                          ReadSource source, List<String> newAgencies) {

    public boolean committable() {
        return warnings.stream().noneMatch(PreviewWarning::blocking);
    }

    /** Rows the user has not skipped. */
    public long rowsKept() {
        return items.stream().filter(i -> !i.skipped()).count();
    }

    /**
     * A digest of everything the commit would write: a commit whose preview, rebuilt from the same
     * rows and choices, has another digest (the directory changed meanwhile) is refused.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder().append(year).append('|').append(title).append('|').append(newAgencies);
        for (PreviewItem item : items) {
            text.append('\n').append(item.row()).append('|').append(item.skipped()).append('|').append(item.title())
                    .append('|').append(item.leadCodes()).append('|').append(item.coordinatorCodes()).append('|')
                    .append(item.product()).append('|').append(item.dueDate()).append('|').append(item.parties());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
