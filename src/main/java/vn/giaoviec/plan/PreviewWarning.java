package vn.giaoviec.plan;

/**
 * A problem found in one row (row 0: the whole file).
 *
 * @param blocking the plan cannot be committed until it is fixed (an unknown agency, no lead)
 */
public record PreviewWarning(int row, String message, boolean blocking) {
}
