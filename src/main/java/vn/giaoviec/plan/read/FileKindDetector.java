package vn.giaoviec.plan.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.giaoviec.plan.read.ooxml.ZipParts;
import vn.giaoviec.plan.read.text.TextDecoder;

/**
 * Tells the format from the bytes (magic numbers, the zip's directory — nothing inflated —, OLE2
 * streams); the name only breaks ties.
 */
final class FileKindDetector {

    static final String EMPTY = "Tệp rỗng: không có nội dung để nhập.";
    static final String CORRUPT_OR_LOCKED = "Tệp bị hỏng hoặc được đặt mật khẩu nên không mở được. "
            + "Hãy mở tệp bằng Word/Excel, bỏ mật khẩu (nếu có), lưu lại rồi nhập lại.";
    static final String LEGACY_WORD = "Tệp Word định dạng cũ (.doc) không được hỗ trợ. "
            + "Hãy mở bằng Word và lưu lại thành .docx rồi nhập lại.";
    static final String LEGACY_EXCEL = "Tệp Excel định dạng cũ (.xls) không được hỗ trợ. "
            + "Hãy mở bằng Excel và lưu lại thành .xlsx rồi nhập lại.";
    static final String UNKNOWN = "Không nhận ra định dạng của tệp \"%s\". Chỉ hỗ trợ Word (.docx), "
            + "Excel (.xlsx), PDF và văn bản (.txt, mã UTF-8).";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};

    private FileKindDetector() {
    }

    static FileKind detect(String fileName, byte[] bytes, ReadLimits limits) {
        if (bytes.length == 0) {
            throw new PlanReadException(EMPTY);
        }
        if (startsWith(bytes, ZIP)) {
            return zipKind(fileName, bytes, limits);
        }
        if (startsWith(bytes, OLE2)) {
            throw new PlanReadException(ole2Message(fileName, bytes));
        }
        if (startsWith(bytes, PDF_MAGIC)) {
            return FileKind.PDF;
        }
        if (TextDecoder.looksLikeText(bytes) || hasTextExtension(fileName)) {
            return FileKind.TEXT;
        }
        throw unknown(fileName);
    }

    private static FileKind zipKind(String fileName, byte[] bytes, ReadLimits limits) {
        try (ZipParts parts = ZipParts.open(bytes, limits)) {
            if (parts == null) {
                throw hasOfficeExtension(fileName) ? new PlanReadException(CORRUPT_OR_LOCKED) : unknown(fileName);
            }
            if (parts.has("word/document.xml")) {
                return FileKind.DOCX;
            }
            if (parts.has("xl/workbook.xml")) {
                return FileKind.XLSX;
            }
        }
        throw hasOfficeExtension(fileName) ? new PlanReadException(CORRUPT_OR_LOCKED) : unknown(fileName);
    }

    /** OLE2 holds legacy .doc/.xls, and also password-protected .docx/.xlsx. */
    private static String ole2Message(String fileName, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return CORRUPT_OR_LOCKED;
            }
            if (root.hasEntry("WordDocument")) {
                return LEGACY_WORD;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return LEGACY_EXCEL;
            }
            return unknown(fileName).getMessage();
        } catch (IOException | RuntimeException e) {
            return CORRUPT_OR_LOCKED;
        }
    }

    private static boolean hasOfficeExtension(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".xlsx");
    }

    private static boolean hasTextExtension(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static PlanReadException unknown(String fileName) {
        return new PlanReadException(UNKNOWN.formatted(fileName == null ? "" : fileName));
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
