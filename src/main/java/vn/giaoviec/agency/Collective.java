package vn.giaoviec.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A collective name ("Các cơ quan, đơn vị", "UBND cấp huyện") standing for many agencies.
 *
 * @param name        canonical name, shown to users
 * @param aliases     other spellings
 * @param memberKinds kinds whose every agency is a member
 * @param memberCodes individual member agencies (besides the kinds)
 * @param relevant    "… có liên quan": the lead agency chooses the members at assignment
 */
public record Collective(String name, List<String> aliases, Set<AgencyKind> memberKinds,
                         Set<String> memberCodes, boolean relevant) {

    public Collective {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Tên tập thể không được để trống");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        memberKinds = memberKinds == null ? Set.of() : Set.copyOf(memberKinds);
        memberCodes = memberCodes == null ? Set.of() : Set.copyOf(memberCodes);
    }

    public static Collective ofKinds(String name, List<String> aliases, boolean relevant, AgencyKind... kinds) {
        return new Collective(name, aliases, Set.of(kinds), Set.of(), relevant);
    }

    /** Canonical name followed by the aliases. */
    public List<String> spellings() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** Codes of the member agencies in directory order. */
    public List<String> expand(Collection<Agency> directory) {
        Set<String> codes = new LinkedHashSet<>();
        for (Agency agency : directory) {
            if (memberKinds.contains(agency.kind()) || memberCodes.contains(agency.code())) {
                codes.add(agency.code());
            }
        }
        return List.copyOf(codes);
    }
}
