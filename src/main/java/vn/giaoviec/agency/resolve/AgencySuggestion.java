package vn.giaoviec.agency.resolve;

/** A directory agency proposed for a name that was not recognized. */
public record AgencySuggestion(String code, String name) {

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
