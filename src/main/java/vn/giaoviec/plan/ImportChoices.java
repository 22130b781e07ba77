package vn.giaoviec.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giaoviec.agency.AgencyKind;

/**
 * What the user decided in the preview: edits per row and a choice per name the directory did not
 * know. The preview and the commit are both built from the same appendix and these choices, so the
 * commit registers exactly what the preview showed.
 *
 * @param rows        edits by appendix row number
 * @param names       choices by name as written
 * @param saveAliases remember the names mapped to agencies for later imports (off unless chosen)
 */
public record ImportChoices(Map<Integer, RowEdit> rows, Map<String, NameChoice> names, boolean saveAliases) {

    /** The code that marks a name as no agency ("không phải cơ quan"). */
    public static final String NOT_AN_AGENCY = "-";
    /** The choice that adds the name to the directory as a new agency ("thêm cơ quan mới"). */
    public static final String NEW_AGENCY = "+";

    public ImportChoices {
        rows = rows == null ? Map.of() : Map.copyOf(rows);
        names = names == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    public static ImportChoices none() {
        return new ImportChoices(Map.of(), Map.of(), false);
    }

    /** Choices from name → agency code (or {@link #NOT_AN_AGENCY}), as the REST API takes them. */
    public static ImportChoices ofMappings(Map<String, String> mappings, boolean saveAliases) {
        Map<String, NameChoice> names = new LinkedHashMap<>();
        if (mappings != null) {
            mappings.forEach((name, code) -> names.put(name, new NameChoice(code, null, null)));
        }
        return new ImportChoices(Map.of(), names, saveAliases);
    }

    /**
     * The user's edits of one row; a null field keeps what was read.
     *
     * @param dueDate the date chosen where the phrase gives none
     */
    public record RowEdit(boolean skip, String lead, String coordinators, String product, String deadline,
                          LocalDate dueDate) {
    }

    /**
     * What an unknown name is: an agency ({@code code}), no agency ({@link #NOT_AN_AGENCY}) or a new
     * agency ({@link #NEW_AGENCY}) called {@code newName}, of {@code newKind}.
     */
    public record NameChoice(String code, String newName, AgencyKind newKind) {

        public boolean isNewAgency() {
            return NEW_AGENCY.equals(code);
        }

        public boolean isChosen() {
            return code != null && !code.isBlank();
        }
    }

    /** The names mapped to existing agencies or marked as no agency. */
    Map<String, String> mappings() {
        Map<String, String> mappings = new LinkedHashMap<>();
        names.forEach((name, choice) -> {
            if (choice.isChosen() && !choice.isNewAgency()) {
                mappings.put(name, choice.code());
            }
        });
        return mappings;
    }

    List<Map.Entry<String, NameChoice>> newAgencies() {
        return names.entrySet().stream().filter(e -> e.getValue().isNewAgency()).toList();
    }
}
