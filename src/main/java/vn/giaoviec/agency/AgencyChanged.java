package vn.giaoviec.agency;

/**
 * An agency was added or renamed in the directory: its Camunda groups follow (identity/AgencyGroups
 * listens, in the same transaction).
 */
public record AgencyChanged(Agency agency) {
}
