package vn.giaoviec.plan.read.pdf;

import java.util.List;

/**
 * What one page holds, in one coordinate system (y grows downwards): its words and its ruling lines,
 * from the PDF's text layer or from OCR of its image.
 */
record PageContent(List<Word> words, List<Rule> rules) {

    /** A word with its box; {@code confidence} 0–100 (100 for a text layer). */
    record Word(double x0, double y0, double x1, double y1, String text, boolean bold, int confidence) {
        double centerX() {
            return (x0 + x1) / 2;
        }

        double centerY() {
            return (y0 + y1) / 2;
        }

        double height() {
            return y1 - y0;
        }
    }

    /** A horizontal or vertical ruling line. */
    record Rule(double x0, double y0, double x1, double y1) {
        boolean horizontal() {
            return Math.abs(y1 - y0) <= Math.abs(x1 - x0);
        }
    }
}
