package vn.giaoviec.plan.read;

/** A problem with one task row that did not stop the import; {@code row} is {@link AppendixRow#row()}. */
public record ReadWarning(int row, String message) {
}
