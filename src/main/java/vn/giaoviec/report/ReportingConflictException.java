package vn.giaoviec.report;

/** The plan's periodic reporting cannot start: already started, or the plan's year has ended (HTTP 409). */
public class ReportingConflictException extends RuntimeException {

    ReportingConflictException(String message) {
        super(message);
    }
}
