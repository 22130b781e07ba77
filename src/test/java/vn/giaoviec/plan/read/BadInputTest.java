package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import vn.giaoviec.plan.read.table.HeaderDetector;
import vn.giaoviec.plan.read.text.TextSource;

/** Every kind of bad input ends in a PlanReadException with a Vietnamese message. */
class BadInputTest {

    private static final byte[] TABLE_DOCX = new DocxBuilder()
            .row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành")
            .row("1", "Xây dựng kế hoạch.", "Sở Nội vụ", "Quý I/2023")
            .bytes();

    @Test
    void emptyFile() {
        failure("ke-hoach.docx", new byte[0]).hasMessage("Tệp rỗng: không có nội dung để nhập.");
        assertThatThrownBy(() -> new AppendixReader().read("x.txt", (java.io.InputStream) null)).hasMessage(FileKindDetector.EMPTY);
    }

    @Test
    void scannedPdfTextWithoutWords() {
        failure("ban-quet.txt", "\f\n   1  \n\f\n - 2 - \n i \f".getBytes(StandardCharsets.UTF_8))
                .hasMessage(TextSource.NO_WORDS);
    }

    @Test
    void textWithoutAppendixTable() {
        failure("ke-hoach.txt", "KẾ HOẠCH\nCải cách hành chính năm 2023\n\nI. MỤC TIÊU\n".getBytes(StandardCharsets.UTF_8))
                .hasMessage("Không tìm thấy bảng phụ lục nhiệm vụ: thiếu dòng tiêu đề có cột "
                        + "'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'");
    }

    @Test
    void docxWithoutTable() {
        byte[] docx = new DocxBuilder().paragraph("KẾ HOẠCH").paragraph("Cải cách hành chính năm 2023").bytes();
        failure("ke-hoach.docx", docx).hasMessage(HeaderDetector.NO_HEADER);
    }

    @Test
    void headerMissingRequiredColumnsNamesThem() {
        String text = "STT\tNhiệm vụ\tSản phẩm\tThời gian hoàn thành\n1\tXây dựng kế hoạch.\tKế hoạch\tQuý I/2023\n";
        failure("phu-luc.txt", text.getBytes(StandardCharsets.UTF_8))
                .hasMessage("Dòng tiêu đề của bảng phụ lục thiếu cột 'Cơ quan chủ trì'. "
                        + "Cần có các cột 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'.");
        byte[] docx = new DocxBuilder().row("STT", "Nội dung", "Phối hợp").row("1", "Việc", "Sở").bytes();
        failure("phu-luc.docx", docx).hasMessageContaining("thiếu cột 'Cơ quan chủ trì', 'Thời gian hoàn thành'");
    }

    @Test
    void headerWithoutTaskRows() {
        byte[] docx = new DocxBuilder().row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn").bytes();
        failure("phu-luc.docx", docx).hasMessage("Bảng phụ lục không có dòng nhiệm vụ nào.");
    }

    @Test
    void passwordProtectedDocx() throws Exception {
        failure("mat-khau.docx", encrypt(TABLE_DOCX)).hasMessageStartingWith("Tệp bị hỏng hoặc được đặt mật khẩu");
    }

    @Test
    void corruptDocxAndXlsx() throws Exception {
        byte[] truncated = Arrays.copyOf(TABLE_DOCX, TABLE_DOCX.length / 2);
        failure("hong.docx", truncated).hasMessage(FileKindDetector.CORRUPT_OR_LOCKED);
        byte[] garbage = "PK\u0003\u0004 rác không phải zip".getBytes(StandardCharsets.UTF_8);
        failure("hong.xlsx", garbage).hasMessageStartingWith("Tệp bị hỏng hoặc được đặt mật khẩu");
        byte[] xlsx = workbook();
        failure("hong.xlsx", Arrays.copyOf(xlsx, xlsx.length - 200)).hasMessage(FileKindDetector.CORRUPT_OR_LOCKED);
    }

    @Test
    void legacyWordAndExcel() throws Exception {
        failure("ke-hoach.doc", legacyWord()).hasMessage("Tệp Word định dạng cũ (.doc) không được hỗ trợ. "
                + "Hãy mở bằng Word và lưu lại thành .docx rồi nhập lại.");
        failure("ke-hoach.xls", legacyExcel()).hasMessage("Tệp Excel định dạng cũ (.xls) không được hỗ trợ. "
                + "Hãy mở bằng Excel và lưu lại thành .xlsx rồi nhập lại.");
    }

    @Test
    void unknownType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        failure("anh.png", png).hasMessage("Không nhận ra định dạng của tệp \"anh.png\". Chỉ hỗ trợ Word (.docx), "
                + "Excel (.xlsx), PDF và văn bản (.txt, mã UTF-8).");
    }

    @Test
    void errorsConcernTheWholeFile() {
        assertThatThrownBy(() -> Seeds.read("x.txt", new byte[0]))
                .isInstanceOfSatisfying(PlanReadException.class, e -> assertThat(e.row()).isZero());
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> failure(String name, byte[] bytes) {
        return assertThatThrownBy(() -> new AppendixReader().read(name, new ByteArrayInputStream(bytes)))
                .isInstanceOf(PlanReadException.class);
    }

    private static byte[] encrypt(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] legacyWord() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[1024]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] legacyExcel() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
