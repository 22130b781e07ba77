package vn.giaoviec.plan.read.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.giaoviec.plan.read.AppendixRow;
import vn.giaoviec.plan.read.GridRow;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadWarning;

/**
 * Turns the grid of any format into task rows. The rules, in order, for each row after the header:
 * blank rows, separator rows ("---") and column-number rows ("(1) (2) (3)") are skipped; a repeated
 * header (page break) is skipped and remembered; a section row sets the section; a row without STT
 * that lacks a lead or a deadline — or, right after a repeated header, whose task text starts in
 * lower case — continues the previous row cell by cell; any other row is a new task ("a)" rows are
 * children of the numbered row above, and so are "1.1" rows under "1"; a row without STT is a sibling
 * of the row above).
 */
public final class AppendixAssembler {

    static final String NO_TASKS = "Bảng phụ lục không có dòng nhiệm vụ nào.";

    private static final Pattern SEPARATOR = Pattern.compile("^[-_=–—.\\s]*$");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");

    private final ColumnMap columns;
    private final List<RowDraft> drafts = new ArrayList<>();
    private String section;
    private RowDraft last;
    private RowDraft numbered;
    private boolean afterRepeatedHeader;
    private int gridIndex;

    private AppendixAssembler(ColumnMap columns) {
        this.columns = columns;
    }

    /** Rows and warnings of the first appendix table found in the grid. */
    public static Result assemble(List<GridRow> rows) {
        HeaderDetector.Match header = HeaderDetector.find(rows);
        AppendixAssembler assembler = new AppendixAssembler(header.columns());
        for (int i = header.firstDataRow(); i < rows.size(); i++) {
            assembler.gridIndex = i;
            assembler.accept(rows.get(i));
        }
        return assembler.finish();
    }

    /** The task rows, their warnings, and which grid row went into which task row (for OCR cells). */
    public record Result(List<AppendixRow> rows, List<ReadWarning> warnings, Map<Integer, Integer> taskRowByGridRow,
                  ColumnMap columns) {

        public Optional<Integer> taskRowOf(int gridRow) {
            return Optional.ofNullable(taskRowByGridRow.get(gridRow));
        }

        public Optional<String> columnLabel(int column) {
            return columns.roleAt(column).map(ColumnRole::label);
        }
    }

    private void accept(GridRow row) {
        if (isNoise(row)) {
            return;
        }
        if (HeaderDetector.looksLikeHeader(row)) {
            afterRepeatedHeader = true;
            return;
        }
        Optional<String> heading = SectionDetector.section(row, columns);
        if (heading.isPresent()) {
            openSection(heading.get());
        } else if (!row.line()) {
            acceptGroup(columns.text(row, ColumnRole.GROUP));
            acceptData(row);
            afterRepeatedHeader = false;
        }
    }

    private boolean isNoise(GridRow row) {
        if (row.isBlank() || row.cells().stream().allMatch(c -> SEPARATOR.matcher(c).matches())) {
            return true;
        }
        return !row.line() && row.filledCount() >= 3
                && row.cells().stream().allMatch(c -> c.isEmpty() || COLUMN_NUMBER.matcher(c).matches());
    }

    private void openSection(String title) {
        section = title;
        last = null;
        numbered = null;
    }

    private void acceptGroup(String group) {
        String title = group.replace('\n', ' ');
        if (!title.isEmpty() && !title.equals(section)) {
            openSection(title);
        }
    }

    private void acceptData(GridRow row) {
        String stt = columns.text(row, ColumnRole.STT);
        if (stt.isEmpty() && last != null && continuesPrevious(row)) {
            last.append(row, columns);
            last.gridRows().add(gridIndex);
            return;
        }
        RowDraft draft;
        if (Numbering.isLetter(stt) || numbered != null && Numbering.isSubNumber(stt, numbered.stt())) {
            draft = new RowDraft(section, stt, numbered, row, columns);
        } else if (stt.isEmpty()) {
            draft = new RowDraft(section, stt, last == null ? null : last.parent(), row, columns);
        } else {
            draft = new RowDraft(section, stt, null, row, columns);
            numbered = draft;
        }
        draft.gridRows().add(gridIndex);
        drafts.add(draft);
        last = draft;
    }

    private boolean continuesPrevious(GridRow row) {
        if (columns.text(row, ColumnRole.LEAD).isEmpty() || columns.text(row, ColumnRole.DEADLINE).isEmpty()) {
            return true;
        }
        String task = columns.text(row, ColumnRole.TASK);
        return afterRepeatedHeader && !task.isEmpty() && Character.isLowerCase(task.codePointAt(0));
    }

    private Result finish() {
        List<AppendixRow> rows = new ArrayList<>();
        List<ReadWarning> warnings = new ArrayList<>();
        Map<Integer, Integer> taskRows = new HashMap<>();
        boolean hasProduct = columns.has(ColumnRole.PRODUCT);
        for (RowDraft draft : drafts) {
            if (draft.isHeading()) {
                continue;
            }
            AppendixRow row = draft.toRow(rows.size() + 1, hasProduct);
            draft.gridRows().forEach(grid -> taskRows.put(grid, row.row()));
            rows.add(row);
            missingMessage(row).ifPresent(message -> warnings.add(new ReadWarning(row.row(), message)));
        }
        if (rows.isEmpty()) {
            throw new PlanReadException(NO_TASKS);
        }
        return new Result(rows, warnings, taskRows, columns);
    }

    private static Optional<String> missingMessage(AppendixRow row) {
        List<String> missing = new ArrayList<>();
        if (row.title().isEmpty()) {
            missing.add("nội dung nhiệm vụ");
        }
        if (row.lead().isEmpty()) {
            missing.add("cơ quan chủ trì");
        }
        if (row.deadlineText().isEmpty()) {
            missing.add("thời gian hoàn thành");
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("Dòng nhiệm vụ " + row.row() + " thiếu " + String.join(" và ", missing) + ".");
    }
}
