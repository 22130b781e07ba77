package vn.giaoviec.people;

/**
 * Someone as others read about them on a page: full name and position ("Nguyễn Văn An", "Lãnh đạo
 * Sở Nội vụ"), never the login. {@code agencyCode} is the agency the position belongs to, if any.
 */
public record Person(String userId, String fullName, String position, String agencyCode) {

    /** "Nguyễn Văn An — Lãnh đạo Sở Nội vụ"; the name alone when the position is unknown. */
    public String described() {
        return position == null || position.isEmpty() || position.equalsIgnoreCase(fullName) ? fullName
                : fullName + " — " + position;
    }
}
