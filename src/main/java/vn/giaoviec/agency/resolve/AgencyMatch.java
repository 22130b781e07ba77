package vn.giaoviec.agency.resolve;

import java.util.List;
import java.util.Optional;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.Collective;

/**
 * One name found in a lead or coordinators cell.
 *
 * @param kind        what the text was recognized as
 * @param text        the text as written in the cell
 * @param code        agency code (AGENCY only)
 * @param name        canonical agency or collective name; the text itself for UNKNOWN
 * @param memberCodes the agency itself, a collective's members, nothing for UNKNOWN
 * @param relevant    a "… có liên quan" collective: the lead agency chooses among the members
 * @param suggestions up to 3 agencies for an UNKNOWN text, best first
 * @param warning     Vietnamese message for the user (truncated or unknown name), or null
 */
public record AgencyMatch(Kind kind, String text, String code, String name, List<String> memberCodes,
                          boolean relevant, List<AgencySuggestion> suggestions, String warning) {

    /** PARTY: people or organisations that are no agency ("tổ chức, cá nhân có liên quan"), kept as text. */
    public enum Kind { AGENCY, COLLECTIVE, PARTY, UNKNOWN }

    public AgencyMatch {
        memberCodes = memberCodes == null ? List.of() : List.copyOf(memberCodes);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    static AgencyMatch agency(String text, Agency agency, String warning) {
        return new AgencyMatch(Kind.AGENCY, text, agency.code(), agency.name(), List.of(agency.code()),
                false, List.of(), warning);
    }

    static AgencyMatch collective(String text, Collective collective, List<String> members, String warning) {
        return new AgencyMatch(Kind.COLLECTIVE, text, null, collective.name(), members,
                collective.relevant(), List.of(), warning);
    }

    static AgencyMatch party(String text) {
        return new AgencyMatch(Kind.PARTY, text, null, text, List.of(), false, List.of(), null);
    }

    static AgencyMatch unknown(String text, List<AgencySuggestion> suggestions) {
        String hint = suggestions.isEmpty() ? ""
                : " (gợi ý: " + String.join(", ", suggestions.stream().map(Object::toString).toList()) + ")";
        String warning = "Không nhận ra cơ quan \"" + text + "\": chọn cơ quan tương ứng" + hint;
        return new AgencyMatch(Kind.UNKNOWN, text, null, text, List.of(), false, suggestions, warning);
    }

    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    public Optional<String> warningMessage() {
        return Optional.ofNullable(warning);
    }

    /** Identity for removing duplicates: the same agency or collective twice counts once. */
    String identity() {
        return switch (kind) {
            case AGENCY -> "A:" + code;
            case COLLECTIVE -> "C:" + name;
            case PARTY -> "P:" + text;
            case UNKNOWN -> "U:" + text;
        };
    }
}
