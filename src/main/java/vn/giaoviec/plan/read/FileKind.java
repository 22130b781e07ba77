package vn.giaoviec.plan.read;

/** The formats the reader understands. */
enum FileKind {
    DOCX, XLSX, PDF, TEXT
}
