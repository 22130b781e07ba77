package vn.giaoviec.plan.read.ooxml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import vn.giaoviec.plan.read.CellText;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.ReadBudget;

/**
 * The body of word/document.xml as blocks: each top-level table as grid rows, each paragraph outside
 * tables as a free line. In a table, a cell spanning columns (gridSpan, checked against the column
 * limit before anything is allocated) keeps its text in its first column; a cell continuing a vertical
 * merge repeats the text above; paragraphs of a cell are joined with "\n", a list paragraph (Word
 * numbering or a bullet glyph) written "- text"; a table inside a cell adds its text to that cell.
 * A row is bold when every run with text is bold.
 */
final class DocxBody {

    /** A run of body content: one table, or one paragraph. */
    record Block(List<GridRow> rows, int width, boolean table) {
    }

    private static final Pattern BULLET_GLYPH = Pattern.compile("^[\\u2022\\u25CF\\u25AA\\u25A0\\u2013\\uF0B7\\uF0A7\\-+*]\\s*");

    private final SafeXml xml;
    private final ReadBudget budget;
    private final List<Block> blocks = new ArrayList<>();
    // the table being read (nested tables only add text to the outer cell)
    private int tableDepth;
    private List<List<Cell>> tableRows;
    private List<Cell> row;
    private Cell cell;
    // where the cell being read starts, and the text length of each column's last cell: a vertical merge
    // repeats that text, so it is counted as it is met (a long cell continued on thousands of rows)
    private int rowColumn;
    private final List<Integer> aboveLengths = new ArrayList<>();
    // the paragraph being read
    private StringBuilder paragraph;
    private boolean listItem;
    private boolean runBold;
    private boolean inText;
    private boolean inRunProperties;

    private static final class Cell {
        int span = 1;
        boolean continuesAbove;
        final List<String> paragraphs = new ArrayList<>();
        boolean anyText;
        boolean allBold = true;
        int length;
    }

    DocxBody(SafeXml xml, ReadBudget budget) {
        this.xml = xml;
        this.budget = budget;
    }

    List<Block> blocks() {
        for (int event = xml.next(); event != -1; event = xml.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml.name());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml.name());
            } else if (inText && paragraph != null) {
                budget.text(xml.textLength());
                paragraph.append(xml.text());
                if (cell != null) {
                    cell.anyText |= !xml.text().isBlank();
                    cell.allBold &= runBold || xml.text().isBlank();
                }
            }
        }
        return blocks;
    }

    private void start(String name) {
        switch (name) {
            case "tbl" -> {
                if (++tableDepth == 1) {
                    tableRows = new ArrayList<>();
                    aboveLengths.clear();
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    budget.row();
                    row = new ArrayList<>();
                    rowColumn = 0;
                }
            }
            case "tc" -> {
                if (tableDepth == 1) {
                    budget.column(rowColumn);
                    cell = new Cell();
                }
            }
            case "gridSpan" -> span(xml.attribute("val"));
            case "vMerge" -> {
                if (tableDepth == 1 && cell != null) {
                    String value = xml.attribute("val");
                    cell.continuesAbove = value == null || value.equals("continue");
                }
            }
            case "p" -> {
                if (paragraph == null) {
                    paragraph = new StringBuilder();
                    listItem = false;
                } else {
                    paragraph.append(' ');
                }
            }
            case "numPr" -> listItem = true;
            case "rPr" -> inRunProperties = true;
            case "r" -> runBold = false;
            case "b" -> runBold = inRunProperties && !"0".equals(xml.attribute("val")) && !"false".equals(xml.attribute("val"));
            case "t" -> inText = true;
            case "tab", "br", "cr" -> {
                if (paragraph != null) {
                    paragraph.append(' ');
                }
            }
            default -> {
                // formatting the reader does not need
            }
        }
    }

    private void end(String name) {
        switch (name) {
            case "t" -> inText = false;
            case "rPr" -> inRunProperties = false;
            case "p" -> endParagraph();
            case "tc" -> {
                if (tableDepth == 1 && cell != null && row != null) {
                    endCell();
                }
            }
            case "tr" -> {
                if (tableDepth == 1 && row != null) {
                    tableRows.add(row);
                    row = null;
                }
            }
            case "tbl" -> {
                if (--tableDepth == 0) {
                    blocks.add(table(tableRows));
                    tableRows = null;
                }
            }
            default -> {
                // nothing to close
            }
        }
    }

    private void endCell() {
        if (cell.continuesAbove && rowColumn < aboveLengths.size()) {
            budget.text(aboveLengths.get(rowColumn));
        }
        while (aboveLengths.size() <= rowColumn) {
            aboveLengths.add(0);
        }
        if (!cell.continuesAbove) {
            aboveLengths.set(rowColumn, cell.length);
        }
        rowColumn += cell.span;
        row.add(cell);
        cell = null;
    }

    private void span(String value) {
        if (tableDepth != 1 || cell == null || value == null) {
            return;
        }
        long span;
        try {
            span = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return;
        }
        budget.column((int) Math.min(span - 1, Integer.MAX_VALUE));
        cell.span = (int) Math.max(1, span);
    }

    private void endParagraph() {
        if (paragraph == null || tableDepth > 1) {
            return; // a paragraph of a table inside a cell: its text joins the cell's next paragraph
        }
        String text = CellText.oneLine(paragraph.toString());
        boolean item = listItem || BULLET_GLYPH.matcher(text).find();
        if (item && !text.isEmpty()) {
            text = "- " + BULLET_GLYPH.matcher(text).replaceFirst("");
        }
        if (cell != null) {
            cell.length += text.length();
            budget.cell(cell.length);
            if (!text.isEmpty()) {
                cell.paragraphs.add(text);
            }
        } else if (!text.isEmpty()) {
            budget.row();
            blocks.add(new Block(List.of(GridRow.freeLine(text)), 0, false));
        }
        paragraph = null;
        listItem = false;
    }

    private Block table(List<List<Cell>> rows) {
        int width = 0;
        for (List<Cell> cells : rows) {
            int w = 0;
            for (Cell c : cells) {
                w += c.span;
                budget.column(w - 1);
            }
            width = Math.max(width, w);
        }
        String[] above = new String[width];
        Arrays.fill(above, "");
        List<GridRow> grid = new ArrayList<>();
        for (List<Cell> cells : rows) {
            grid.add(gridRow(cells, width, above));
        }
        return new Block(grid, width, true);
    }

    private static GridRow gridRow(List<Cell> cells, int width, String[] above) {
        String[] texts = new String[width];
        Arrays.fill(texts, "");
        int column = 0;
        for (Cell c : cells) {
            texts[column] = c.continuesAbove ? above[column] : String.join("\n", c.paragraphs);
            column += c.span;
        }
        System.arraycopy(texts, 0, above, 0, width);
        boolean bold = cells.stream().anyMatch(c -> c.anyText) && cells.stream().filter(c -> c.anyText).allMatch(c -> c.allBold);
        boolean fullWidth = width > 1 && cells.size() == 1 && cells.get(0).span >= width;
        return GridRow.of(Arrays.asList(texts), bold, fullWidth);
    }
}
