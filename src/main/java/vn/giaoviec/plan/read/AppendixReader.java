package vn.giaoviec.plan.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the task appendix (Phụ lục) of an administrative-reform plan from a .docx, an .xlsx or text
 * extracted from a PDF. The format is told from the content; every format becomes a grid of cells
 * that one assembler turns into task rows. Thread-safe and stateless.
 */
public final class AppendixReader {

    /**
     * @param fileName the uploaded file's name (used only in messages and to break ties)
     * @param in       the file's bytes; read fully, not closed
     * @throws PlanReadException with a Vietnamese message when the file is not a readable appendix
     */
    public ParsedAppendix read(String fileName, InputStream in) {
        byte[] bytes = readAll(in);
        SourceDocument document = switch (FileKindDetector.detect(fileName, bytes)) {
            case DOCX -> DocxSource.read(bytes);
            case XLSX -> XlsxSource.read(bytes);
            case TEXT -> TextSource.read(bytes);
        };
        AppendixAssembler.Result result = AppendixAssembler.assemble(document.rows());
        return new ParsedAppendix(MetadataExtractor.extract(document.text()), result.rows(), result.warnings());
    }

    private static byte[] readAll(InputStream in) {
        if (in == null) {
            throw new PlanReadException(FileKindDetector.EMPTY);
        }
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new PlanReadException("Không đọc được nội dung tệp tải lên.", e);
        }
    }
}
