package vn.giaoviec.agency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code collectives:} section of agencies.yaml, as SnakeYAML's SafeConstructor loads it
 * (maps, lists, strings, booleans). A member is an agency kind (SO, HUYEN, XA) or an agency code.
 */
public final class CollectivesYaml {

    private CollectivesYaml() {
    }

    /** The collectives of a whole loaded agencies.yaml document; none when the section is absent. */
    public static List<Collective> fromDocument(Map<String, Object> document) {
        return document == null ? List.of() : parse(document.get("collectives"));
    }

    /** The collectives of the section's value (a list of maps). */
    public static List<Collective> parse(Object section) {
        if (section == null) {
            return List.of();
        }
        if (!(section instanceof List<?> entries)) {
            throw new IllegalStateException("Mục 'collectives' phải là một danh sách");
        }
        List<Collective> result = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> map)) {
                throw new IllegalStateException("Mỗi tập thể trong 'collectives' phải có name, members");
            }
            result.add(toCollective(map));
        }
        return List.copyOf(result);
    }

    private static Collective toCollective(Map<?, ?> entry) {
        Object name = entry.get("name");
        if (name == null || name.toString().isBlank()) {
            throw new IllegalStateException("Một tập thể trong 'collectives' thiếu tên (name)");
        }
        List<String> aliases = strings(entry.get("aliases"), name);
        Set<AgencyKind> kinds = EnumSet.noneOf(AgencyKind.class);
        Set<String> codes = new LinkedHashSet<>();
        for (String member : strings(entry.get("members"), name)) {
            addMember(member.trim(), kinds, codes);
        }
        if (kinds.isEmpty() && codes.isEmpty()) {
            throw new IllegalStateException("Tập thể \"" + name + "\" không có thành viên (members)");
        }
        boolean relevant = Boolean.parseBoolean(String.valueOf(entry.get("relevant")));
        return new Collective(name.toString().trim(), aliases, kinds, codes, relevant);
    }

    private static void addMember(String member, Set<AgencyKind> kinds, Set<String> codes) {
        String upper = member.toUpperCase(Locale.ROOT);
        for (AgencyKind kind : AgencyKind.values()) {
            if (kind.name().equals(upper)) {
                kinds.add(kind);
                return;
            }
        }
        codes.add(member);
    }

    private static List<String> strings(Object value, Object owner) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("Tập thể \"" + owner + "\": aliases/members phải là danh sách");
        }
        return list.stream().filter(v -> v != null).map(Object::toString).toList();
    }
}
