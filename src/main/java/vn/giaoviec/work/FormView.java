package vn.giaoviec.work;

import java.util.List;

/**
 * A work's form as the page writes it (template work/form.html): its parts in form order, the
 * problems of the last submission, and whether files are attached with it. Everything here is
 * text; the template escapes it.
 *
 * @param files        files of this step shown with it (the product, or this agency's contribution files)
 * @param acceptsFiles whether files are chosen in this form (submitting a product or a contribution)
 * @param fileProblem  why an uploaded file was refused, if one was
 */
public record FormView(String workId, String stepName, List<Part> parts, List<String> problems, List<Attached> files,
                       boolean acceptsFiles, String fileProblem) {

    public boolean hasProblems() {
        return !problems.isEmpty() || fileProblem != null;
    }

    /** One part of the form: {@code kind} is "text", "field", "table" or "list". */
    public interface Part {
        String kind();
    }

    public record TextPart(List<FormText.Block> blocks) implements Part {
        public String kind() {
            return "text";
        }
    }

    public record FieldPart(Field field) implements Part {
        public String kind() {
            return "field";
        }
    }

    /** A read-only table over a list variable (columns' labels, rows of cell texts). */
    public record TablePart(String label, List<String> columns, List<List<String>> rows) implements Part {
        public String kind() {
            return "table";
        }
    }

    /**
     * A dynamic list: each row's parts (its text and fields), fields named path[row].key. When the
     * person may add rows ({@code addable}), row {@code blankRow} is an empty one to fill in (the page's
     * script keeps it folded away until "Thêm một dòng"; an empty row is not submitted); else -1.
     */
    public record ListPart(String label, List<List<Part>> rows, boolean addable, int blankRow) implements Part {
        public String kind() {
            return "list";
        }
    }

    /**
     * One input. {@code type}: text, textarea, number, date, select, radio, checklist, checkbox or
     * readonly. {@code value}: what the input shows (dates yyyy-mm-dd for the date picker); for a
     * checklist, {@code options} carry their own checked state. {@code showField}/{@code showValue}/
     * {@code showWhenEqual}: the form's condition on another field of this form, for the page's script
     * (shown when that field's value is, or is not, {@code showValue}); null when there is none.
     */
    public record Field(String name, String id, String type, String label, String description, boolean required,
                        List<Option> options, String value, String problem, String showField, String showValue,
                        Boolean showWhenEqual) {
    }

    public record Option(String label, String value, boolean chosen) {
    }

    /** A file already attached: its id for the download link, name, who attached it (name and position). */
    public record Attached(String id, String name, String by) {
    }
}
