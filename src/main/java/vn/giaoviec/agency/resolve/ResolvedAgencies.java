package vn.giaoviec.agency.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The agencies named by one lead or coordinators cell, in order of appearance. */
public record ResolvedAgencies(List<AgencyMatch> items) {

    private static final ResolvedAgencies EMPTY = new ResolvedAgencies(List.of());

    public ResolvedAgencies {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static ResolvedAgencies empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * Agencies that definitely take part: named agencies and every member of the non-"relevant"
     * collectives, deduplicated, in order. Members of a "… có liên quan" collective are not included:
     * the lead chooses among {@link #relevantCandidateCodes()}.
     */
    public List<String> agencyCodes() {
        Set<String> codes = new LinkedHashSet<>();
        items.stream().filter(i -> !i.relevant()).forEach(i -> codes.addAll(i.memberCodes()));
        return List.copyOf(codes);
    }

    /** Members of the "… có liên quan" collectives not already in {@link #agencyCodes()}. */
    public List<String> relevantCandidateCodes() {
        Set<String> codes = new LinkedHashSet<>();
        items.stream().filter(AgencyMatch::relevant).forEach(i -> codes.addAll(i.memberCodes()));
        codes.removeAll(agencyCodes());
        return List.copyOf(codes);
    }

    /** Codes of the agencies named one by one (no collective), in order. */
    public List<String> namedAgencyCodes() {
        return items.stream().filter(i -> i.kind() == AgencyMatch.Kind.AGENCY).map(AgencyMatch::code).toList();
    }

    public List<AgencyMatch> collectives() {
        return items.stream().filter(i -> i.kind() == AgencyMatch.Kind.COLLECTIVE).toList();
    }

    /** Non-agency parties as written ("người dân, doanh nghiệp"): kept as text on the task. */
    public List<String> parties() {
        return items.stream().filter(i -> i.kind() == AgencyMatch.Kind.PARTY).map(AgencyMatch::text).toList();
    }

    /** Collectives none of whose members is in the directory (e.g. "UBND cấp huyện" after 1 July 2025). */
    public List<AgencyMatch> emptyCollectives() {
        return items.stream().filter(i -> i.kind() == AgencyMatch.Kind.COLLECTIVE && i.memberCodes().isEmpty()).toList();
    }

    /** The same cell without the agencies of {@code codes} (a lead is never its own coordinator). */
    public ResolvedAgencies without(java.util.Collection<String> codes) {
        return new ResolvedAgencies(items.stream()
                .filter(i -> i.kind() != AgencyMatch.Kind.AGENCY || !codes.contains(i.code())).toList());
    }

    public List<AgencyMatch> unknowns() {
        return items.stream().filter(AgencyMatch::isUnknown).toList();
    }

    public List<String> warnings() {
        return items.stream().map(AgencyMatch::warning).filter(Objects::nonNull).toList();
    }

    public boolean hasUnknown() {
        return items.stream().anyMatch(AgencyMatch::isUnknown);
    }

    /** A "… có liên quan" collective is present: the lead agency chooses those agencies. */
    public boolean hasRelevant() {
        return items.stream().anyMatch(AgencyMatch::relevant);
    }

    /** Only "… có liên quan" collectives were named (no definite agency). */
    public boolean relevantOnly() {
        return !items.isEmpty() && items.stream().allMatch(AgencyMatch::relevant);
    }

    /** Canonical agency and collective names joined with ", " (an unknown text as written; parties left out). */
    public String displayText() {
        return String.join(", ", items.stream().filter(i -> i.kind() != AgencyMatch.Kind.PARTY)
                .map(AgencyMatch::name).toList());
    }
}
