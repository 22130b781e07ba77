package vn.giaoviec.agency;

import java.time.LocalDateTime;

/**
 * One agency as the administrators' directory page shows it: the agency with its own aliases, and
 * what became of it — in service, retired on a date, or merged into another agency.
 */
public record DirectoryEntry(Agency agency, LocalDateTime retiredAt, String mergedInto) {

    public boolean active() {
        return retiredAt == null;
    }
}
