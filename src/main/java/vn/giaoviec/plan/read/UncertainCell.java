package vn.giaoviec.plan.read;

/**
 * A cell of a task row whose OCR text had low confidence: the preview asks the user to check it.
 *
 * @param row    {@link AppendixRow#row()}
 * @param column the column's Vietnamese name ("Cơ quan chủ trì", …)
 */
public record UncertainCell(int row, String column) {
}
