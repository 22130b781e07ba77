package vn.giaoviec.deadline;

import java.text.Normalizer;
import vn.giaoviec.text.VietnameseText;

/**
 * The name under which an EVENT task waits, derived from its deadline phrase so that every task
 * written "Sau khi có kết quả công bố" waits for the same event: "sau-khi-co-ket-qua-cong-bo".
 */
public final class EventNames {

    private EventNames() {
    }

    public static String of(String phrase) {
        String plain = VietnameseText.fold(Normalizer.normalize(phrase == null ? "" : phrase, Normalizer.Form.NFC));
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 200 ? slug.substring(0, 200) : slug;
    }
}
