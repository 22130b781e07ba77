package vn.giaoviec.event;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name under which an EVENT task waits, derived from its deadline phrase so that every task
 * written "Sau khi có kết quả công bố" waits for the same event: "sau-khi-co-ket-qua-cong-bo".
 */
public final class EventNames {

    private EventNames() {
    }

    public static String of(String phrase) {
        String plain = Normalizer.normalize(phrase == null ? "" : phrase.replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 200 ? slug.substring(0, 200) : slug;
    }
}
