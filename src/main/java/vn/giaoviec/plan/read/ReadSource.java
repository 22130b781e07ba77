package vn.giaoviec.plan.read;

/** Where the text of a plan came from; OCR text is read with tolerance for misread letters. */
public enum ReadSource {
    DOCX("Word .docx"),
    XLSX("Excel .xlsx"),
    TEXT("văn bản .txt"),
    PDF("PDF có lớp chữ"),
    OCR("PDF quét, chữ được nhận dạng (OCR)");

    private final String label;

    ReadSource(String label) {
        this.label = label;
    }

    /** The source in Vietnamese, as the preview names it. */
    public String label() {
        return label;
    }
}
