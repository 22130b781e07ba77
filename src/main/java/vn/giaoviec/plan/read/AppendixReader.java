package vn.giaoviec.plan.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.giaoviec.plan.read.ooxml.DocxReader;
import vn.giaoviec.plan.read.ooxml.XlsxReader;
import vn.giaoviec.plan.read.ooxml.ZipParts;
import vn.giaoviec.plan.read.text.TextSource;

/**
 * Reads the tasks of an administrative-reform plan from a .docx, an .xlsx, a PDF (text layer or scan)
 * or text extracted from a PDF. The format is told from the content; every format becomes a grid of
 * cells that one assembler turns into task rows; a plan without an appendix table is read as prose
 * (its "Tổ chức thực hiện" section). Every file is read within a {@link ReadBudget}. Thread-safe.
 */
public final class AppendixReader {

    private final ReadLimits limits;
    private final PdfPort pdf;

    public AppendixReader() {
        this(ReadLimits.DEFAULT, PdfPort.NONE);
    }

    public AppendixReader(ReadLimits limits, PdfPort pdf) {
        this.limits = limits;
        this.pdf = pdf;
    }

    /** Reads PDF files into a document (see vn.giaoviec.plan.read.pdf); absent where PDF is not wired. */
    public interface PdfPort {
        PdfPort NONE = (bytes, budget) -> {
            throw new PlanReadException("Tệp PDF chưa đọc trực tiếp được ở đây.");
        };

        Read read(byte[] bytes, ReadBudget budget);

        /** What a PDF gave: its document, whether the text came from OCR, and the cells OCR was unsure of. */
        record Read(SourceDocument document, boolean ocr, List<UncertainGridCell> uncertain) {
        }
    }

    /** A cell of the grid (row index in {@link SourceDocument#rows()}, column) whose OCR text is uncertain. */
    public record UncertainGridCell(int gridRow, int column) {
    }

    /**
     * @param fileName the uploaded file's name (used only in messages and to break ties)
     * @param in       the file's bytes; read fully (up to the file limit), not closed
     * @throws PlanReadException with a Vietnamese message when the file is not a readable plan
     */
    public ParsedAppendix read(String fileName, InputStream in) {
        return read(fileName, readAll(in));
    }

    public ParsedAppendix read(String fileName, byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            throw ReadBudget.tooLarge("tệp lớn hơn " + limits.maxFileBytes() / 1024 / 1024 + " MB");
        }
        ReadBudget budget = new ReadBudget(limits);
        FileKind kind = FileKindDetector.detect(fileName, bytes, limits);
        PdfPort.Read read = switch (kind) {
            case DOCX, XLSX -> new PdfPort.Read(office(kind, bytes, budget), false, List.of());
            case TEXT -> new PdfPort.Read(TextSource.read(bytes, budget), false, List.of());
            case PDF -> pdf.read(bytes, budget);
        };
        return PlanAssembly.assemble(read, source(kind, read.ocr()), budget);
    }

    private SourceDocument office(FileKind kind, byte[] bytes, ReadBudget budget) {
        try (ZipParts parts = ZipParts.open(bytes, limits)) {
            if (parts == null) {
                throw new PlanReadException(FileKindDetector.CORRUPT_OR_LOCKED);
            }
            return kind == FileKind.DOCX ? DocxReader.read(parts, budget) : XlsxReader.read(parts, budget);
        }
    }

    private static ReadSource source(FileKind kind, boolean ocr) {
        return switch (kind) {
            case DOCX -> ReadSource.DOCX;
            case XLSX -> ReadSource.XLSX;
            case TEXT -> ReadSource.TEXT;
            case PDF -> ocr ? ReadSource.OCR : ReadSource.PDF;
        };
    }

    private byte[] readAll(InputStream in) {
        if (in == null) {
            throw new PlanReadException(FileKindDetector.EMPTY);
        }
        try {
            byte[] bytes = in.readNBytes(limits.maxFileBytes() + 1);
            if (bytes.length > limits.maxFileBytes()) {
                throw ReadBudget.tooLarge("tệp lớn hơn " + limits.maxFileBytes() / 1024 / 1024 + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new PlanReadException("Không đọc được nội dung tệp tải lên.", e);
        }
    }
}
