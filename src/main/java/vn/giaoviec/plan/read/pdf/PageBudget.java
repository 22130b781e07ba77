package vn.giaoviec.plan.read.pdf;

import vn.giaoviec.plan.read.ReadBudget;

/**
 * What reading or drawing one PDF page may cost. A page's content is a program: a form drawn by a
 * form drawn by a form … multiplies its operators, so a 10 KB file can show ten million glyphs from
 * one page (an OutOfMemoryError, or minutes of CPU, before the budget of the file was asked again).
 * Every operator checks the file's time; glyphs and ruling-line segments kept are counted per page.
 * The limits are far above a real page — a dense A4 appendix page has under 10,000 glyphs, a few
 * hundred ruling lines (a table ruled cell by cell: a few thousand) and, even drawn glyph by glyph (five operators each), under 60,000 operators —
 * and keep one page's work under about 70 MB allocated.
 */
final class PageBudget {

    static final int MAX_OPERATORS = 250_000;
    static final int MAX_GLYPHS = 60_000;
    static final int MAX_SEGMENTS = 20_000;

    private final ReadBudget budget;
    private final int page;
    private int operators;
    private int glyphs;
    private int segments;

    PageBudget(ReadBudget budget, int page) {
        this.budget = budget;
        this.page = page;
    }

    void operator() {
        budget.time();
        if (++operators > MAX_OPERATORS) {
            throw refuse(MAX_OPERATORS, "lệnh vẽ");
        }
    }

    void glyph() {
        if (++glyphs > MAX_GLYPHS) {
            throw refuse(MAX_GLYPHS, "ký tự");
        }
    }

    void segment() {
        if (++segments > MAX_SEGMENTS) {
            throw refuse(MAX_SEGMENTS, "đường kẻ");
        }
    }

    private RuntimeException refuse(int limit, String what) {
        return ReadBudget.tooLarge("trang " + page + " của tệp PDF có hơn " + ReadBudget.number(limit) + " " + what);
    }
}
