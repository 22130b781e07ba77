package vn.giaoviec.plan.read;

import java.time.Duration;

/**
 * The budget of one plan file. Each number is far above the largest real plans (seed 000: a 56 KB
 * text, 58 task rows in 6 columns, cells under 1,500 characters; large provincial plans: about 300
 * rows, a 40-page PDF) and far below what could hurt the service on a 512 MB heap.
 *
 * @param maxFileBytes     20 MB, the upload limit of the application (giaoviec.files.max-size)
 * @param maxTextBytes     a text file: 6 MB, a hundred times seed 000
 * @param maxRows          5,000 table rows (or lines of text) holding content: 16 times a 300-row plan
 * @param maxColumns       64 columns (an appendix has 4 to 9; Excel's XFD is column 16,384)
 * @param maxCellChars     20,000 characters in one cell (a long task text is under 2,000)
 * @param maxTextChars     3,000,000 characters of text in all (seed 000 has 50,000), counted as the cells show it:
 *                         a shared string, a merged or vertically merged cell once for every cell it fills
 * @param maxPartBytes     64 MB inflated per part of a .docx/.xlsx (document.xml of a 300-row plan: ~5 MB)
 * @param maxInflateRatio  200: a part may inflate to at most 200 times its packed size (XML packs 10–30×)
 * @param maxZipEntries    2,000 parts in a .docx/.xlsx (Word writes about 15)
 * @param maxXmlDepth      200 nested XML elements (a Word table in a table in a cell is about 15 deep)
 * @param maxSharedStrings 200,000 distinct strings in an .xlsx
 * @param maxMergedCells   10,000 merged regions in a sheet
 * @param maxPdfPages      300 pages of a PDF with a text layer (a 300-row appendix takes about 40)
 * @param maxOcrPages      20 scanned pages (the appendix of a real plan: 5 to 15)
 * @param maxImagePixels   40 million pixels per scanned page image (A4 at 300 dpi: 8.7 million)
 * @param maxTime          30 s to read a file (seed 000: 0.1 s)
 * @param maxOcrTime       150 s of OCR for one file (10 pages take about 40 s on 2 cores)
 */
public record ReadLimits(int maxFileBytes, int maxTextBytes, int maxRows, int maxColumns, int maxCellChars,
                         int maxTextChars, long maxPartBytes, int maxInflateRatio, int maxZipEntries, int maxXmlDepth,
                         int maxSharedStrings, int maxMergedCells, int maxPdfPages, int maxOcrPages,
                         long maxImagePixels, Duration maxTime, Duration maxOcrTime) {

    public static final ReadLimits DEFAULT = new ReadLimits(20 * 1024 * 1024, 6 * 1024 * 1024, 5_000, 64, 20_000,
            3_000_000, 64L * 1024 * 1024, 200, 2_000, 200, 200_000, 10_000, 300, 20, 40_000_000L,
            Duration.ofSeconds(30), Duration.ofSeconds(150));
}
