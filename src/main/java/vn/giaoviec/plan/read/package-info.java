/**
 * Reads the task appendix (Phụ lục) of a Vietnamese administrative-reform plan.
 *
 * <p>Entry point: {@link vn.giaoviec.plan.read.AppendixReader#read}. The pipeline is
 * <ol>
 *   <li>{@code FileKindDetector}: format from the bytes (zip entries, OLE2 streams, PDF magic, UTF-8 text);
 *       legacy, encrypted, corrupt, empty and unknown files end here with a Vietnamese message;</li>
 *   <li>a format reader turns the file into a grid of {@code GridRow}s: {@code DocxSource}/{@code DocxTableGrid},
 *       {@code XlsxSource}/{@code XlsxSheetGrid}, {@code TextSource} (tab rows: {@code TabTextGrid}; one cell per
 *       line: {@code LineCellGrid});</li>
 *   <li>{@code AppendixAssembler} (the only place with table rules) finds the header with
 *       {@code HeaderDetector}, sections with {@code SectionDetector}, merges page-break continuations with
 *       {@code TextJoiner}, drops parent headings and collects warnings;</li>
 *   <li>{@code MetadataExtractor} reads decision number, title, year and issuer from the text.</li>
 * </ol>
 */
package vn.giaoviec.plan.read;
