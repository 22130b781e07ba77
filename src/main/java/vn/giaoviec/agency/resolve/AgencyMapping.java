package vn.giaoviec.agency.resolve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names a user mapped by hand in the import preview: text as written → agency code (or the
 * canonical name of a collective). Applied before every other match; immutable.
 */
public record AgencyMapping(Map<String, String> textToCode) {

    private static final AgencyMapping NONE = new AgencyMapping(Map.of());

    public AgencyMapping {
        textToCode = textToCode == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(textToCode));
    }

    public static AgencyMapping none() {
        return NONE;
    }

    public static AgencyMapping of(Map<String, String> textToCode) {
        return new AgencyMapping(textToCode);
    }

    /** A copy with one more mapping (a later mapping of the same text replaces the earlier one). */
    public AgencyMapping with(String text, String code) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        if (text.isBlank()) {
            throw new IllegalArgumentException("Tên cần gán cơ quan không được để trống");
        }
        Map<String, String> copy = new LinkedHashMap<>(textToCode);
        copy.put(text, code);
        return new AgencyMapping(copy);
    }
}
