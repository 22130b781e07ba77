package vn.giaoviec.plan.read.ooxml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.table.HeaderDetector;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadBudget;
import vn.giaoviec.plan.read.SourceDocument;

/**
 * A Word document, streamed from word/document.xml (nothing but the text and the table structure is
 * kept). The appendix starts at the first table holding a header and goes on through the following
 * tables of the same number of columns (a table split by hand, one table per section); a table with
 * another column count (e.g. the signature block) ends it. A paragraph between those tables becomes a
 * free line, kept by the assembler only when it is a section heading. When no table has a header,
 * every row and paragraph is handed on (for the prose reader, or to say what is missing).
 */
public final class DocxReader {

    private DocxReader() {
    }

    public static SourceDocument read(ZipParts parts, ReadBudget budget) {
        List<DocxBody.Block> blocks;
        try (InputStream in = parts.open("word/document.xml")) {
            if (in == null) {
                throw new PlanReadException(OoxmlMessages.CORRUPT);
            }
            blocks = new DocxBody(new SafeXml(in, budget.limits().maxXmlDepth()), budget).blocks();
        } catch (IOException e) {
            throw new PlanReadException(OoxmlMessages.CORRUPT, e);
        }
        return new SourceDocument(appendixRows(blocks), text(blocks));
    }

    private static List<GridRow> appendixRows(List<DocxBody.Block> blocks) {
        int start = -1;
        for (int i = 0; i < blocks.size() && start < 0; i++) {
            if (blocks.get(i).table() && HeaderDetector.contains(blocks.get(i).rows())) {
                start = i;
            }
        }
        if (start < 0) {
            return allRows(blocks);
        }
        List<GridRow> rows = new ArrayList<>();
        int width = blocks.get(start).width();
        for (DocxBody.Block block : blocks.subList(start, blocks.size())) {
            if (block.table() && block.width() != width) {
                break;
            }
            rows.addAll(block.rows());
        }
        return rows;
    }

    private static List<GridRow> allRows(List<DocxBody.Block> blocks) {
        return blocks.stream().flatMap(b -> b.rows().stream()).toList();
    }

    private static String text(List<DocxBody.Block> blocks) {
        StringBuilder text = new StringBuilder();
        blocks.forEach(b -> b.rows().forEach(row -> text.append(String.join("\n", row.cells())).append('\n')));
        return text.toString();
    }
}
