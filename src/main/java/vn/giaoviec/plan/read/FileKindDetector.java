package vn.giaoviec.plan.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Tells the format from the bytes (magic numbers, zip entries, OLE2 streams); the name only breaks ties. */
final class FileKindDetector {

    static final String EMPTY = "Tệp rỗng: không có nội dung để nhập.";
    static final String CORRUPT_OR_LOCKED = "Tệp bị hỏng hoặc được đặt mật khẩu nên không mở được. "
            + "Hãy mở tệp bằng Word/Excel, bỏ mật khẩu (nếu có), lưu lại rồi nhập lại.";
    static final String LEGACY_WORD = "Tệp Word định dạng cũ (.doc) không được hỗ trợ. "
            + "Hãy mở bằng Word và lưu lại thành .docx rồi nhập lại.";
    static final String LEGACY_EXCEL = "Tệp Excel định dạng cũ (.xls) không được hỗ trợ. "
            + "Hãy mở bằng Excel và lưu lại thành .xlsx rồi nhập lại.";
    static final String PDF = "Tệp PDF chưa đọc trực tiếp được. Hãy dùng tệp Word (.docx) gốc, "
            + "hoặc trích xuất văn bản từ PDF thành tệp .txt rồi nhập lại.";
    static final String UNKNOWN = "Không nhận ra định dạng của tệp \"%s\". Chỉ hỗ trợ Word (.docx), "
            + "Excel (.xlsx) và văn bản (.txt) trích xuất từ PDF.";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};

    private FileKindDetector() {
    }

    static FileKind detect(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new PlanReadException(EMPTY);
        }
        if (startsWith(bytes, ZIP)) {
            return zipKind(fileName, bytes);
        }
        if (startsWith(bytes, OLE2)) {
            throw new PlanReadException(ole2Message(fileName, bytes));
        }
        if (startsWith(bytes, PDF_MAGIC)) {
            throw new PlanReadException(PDF);
        }
        if (isText(bytes)) {
            return FileKind.TEXT;
        }
        throw unknown(fileName);
    }

    private static FileKind zipKind(String fileName, byte[] bytes) {
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                word |= entry.getName().equals("word/document.xml");
                excel |= entry.getName().equals("xl/workbook.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            if (!hasOfficeExtension(fileName)) {
                throw unknown(fileName);
            }
            throw new PlanReadException(CORRUPT_OR_LOCKED, e);
        }
        if (word || excel) {
            return word ? FileKind.DOCX : FileKind.XLSX;
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

    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasOfficeExtension(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".xlsx");
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
