package vn.giaoviec.plan.read;

/**
 * One task row of a plan's appendix, in reading order.
 *
 * @param row          1-based number of the task row (warnings point at it)
 * @param section      section heading as written, e.g. "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH" (may be null before any)
 * @param stt          the number exactly as written ("1", "1.", "a)"); "" for a sibling row written without one
 * @param parent       for an "a)"/"b)" child, the task text of the numbered row above it; otherwise null
 * @param title        the task text
 * @param lead         lead agency text as written
 * @param coordinators coordinating agencies as written
 * @param product      expected product; null when the table has no product column
 * @param deadlineText deadline phrase as written
 */
public record AppendixRow(int row, String section, String stt, String parent, String title,
                          String lead, String coordinators, String product, String deadlineText) {
}
