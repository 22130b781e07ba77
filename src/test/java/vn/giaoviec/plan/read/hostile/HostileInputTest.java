package vn.giaoviec.plan.read.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giaoviec.plan.read.AppendixReader;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadLimits;
import vn.giaoviec.plan.read.pdf.PdfSource;

/**
 * Issue 15: every hostile file is refused with a Vietnamese message naming what was wrong, in little
 * time and with little memory. Memory is measured as the bytes this thread allocated while reading
 * (com.sun.management.ThreadMXBean), an upper bound of what the refusal could have kept: each stays
 * under 96 MB, a tenth of the test JVM's 1 GB heap (and of the 512 MB a node runs with, a fifth).
 */
class HostileInputTest {

    private static final long MAX_ALLOCATED = 96L * 1024 * 1024;
    private static final AppendixReader READER = new AppendixReader(ReadLimits.DEFAULT, new PdfSource("tesseract"));
    /** Seconds on a quiet machine; generous because the shared test machine runs several builds at once. */
    private static final long MAX_MILLIS = 10_000;
    private static final String XXE = "Tệp có khai báo thực thể XML (XXE) — không được phép";

    static Stream<Arguments> files() {
        return Stream.of(
                file("cell at XFD1048576 (.xlsx)", "ke-hoach.xlsx", HostileFiles::xlsxLastCell, "Bảng tính vượt giới hạn đọc: có ô ở cột thứ 16.384"),
                file("1,048,576 rows (.xlsx)", "ke-hoach.xlsx", HostileFiles::xlsxMillionRows, "Bảng tính vượt giới hạn đọc: có hơn 5.000 dòng"),
                file("gridSpan 30,000,000 (.docx)", "ke-hoach.docx", HostileFiles::docxGridSpan, "cột thứ 30.000.000"),
                file("zip bomb, 200 MB declared (.docx)", "ke-hoach.docx", HostileFiles::docxZipBomb, "bom nén"),
                file("zip bomb lying about its size (.docx)", "ke-hoach.docx", HostileFiles::docxLyingZipBomb, "bom nén"),
                file("19 MB of text", "ke-hoach.txt", HostileTexts::text19Mb, "lớn hơn 6 MB"),
                file("formula-heavy sheet, never evaluated (.xlsx)", "ke-hoach.xlsx", HostileFiles::xlsxFormulas,
                        "Không tìm thấy bảng phụ lục"),
                file("300,000 shared strings (.xlsx)", "ke-hoach.xlsx", HostileFiles::xlsxHugeSharedStrings,
                        "Bảng tính vượt giới hạn đọc: có hơn 200.000 chuỗi chữ"),
                file("one 19,000-character shared string in 30,000 cells (.xlsx)", "ke-hoach.xlsx",
                        RepeatedTextFiles::xlsxRepeatedSharedString, "Bảng tính vượt giới hạn đọc: có hơn 3.000.000 ký tự chữ"),
                file("60 long cells merged down 5,000 rows (.xlsx)", "ke-hoach.xlsx", RepeatedTextFiles::xlsxTallMerges,
                        "Bảng tính vượt giới hạn đọc: có hơn 3.000.000 ký tự chữ"),
                file("60 long cells continued (vMerge) on 5,000 rows (.docx)", "ke-hoach.docx",
                        RepeatedTextFiles::docxTallVerticalMerges, "có hơn 3.000.000 ký tự chữ"),
                file("one 4 MB sheet listed 256 times (.xlsx)", "ke-hoach.xlsx", HostileFiles::xlsxOneSheetListedManyTimes,
                        "Không tìm thấy bảng phụ lục"),
                file("a 19,000-character section heading over 400 rows (.xlsx)", "ke-hoach.xlsx",
                        RepeatedTextFiles::xlsxLongSectionHeading, "có hơn 3.000.000 ký tự chữ"),
                file("a row of 7,000,000 cells (.docx)", "ke-hoach.docx", HostileFiles::docxWideRow, "có ô ở cột thứ 65"),
                file("100,000 nested tables (.docx)", "ke-hoach.docx", HostileFiles::docxDeeplyNested, "sâu hơn 200 cấp"),
                file("100,000 nested tables, honestly packed (.docx)", "ke-hoach.docx",
                        HostileFiles::docxDeeplyNestedLowRatio, "sâu hơn 200 cấp"),
                file("external entity, XXE (.docx)", "ke-hoach.docx", HostileFiles::docxExternalEntity, XXE),
                file("external entity, XXE (.xlsx)", "ke-hoach.xlsx", HostileFiles::xlsxExternalEntity, XXE),
                file("a 300,000-character line", "ke-hoach.txt", HostileTexts::longLine, "dài hơn 200.000 ký tự"),
                file("NUL bytes in text", "ke-hoach.txt", HostileTexts::nulBytes, "ký tự NUL"),
                file("UTF-8 mixed with Windows-1258", "ke-hoach.txt", HostileTexts::mixedEncodings, "không dùng mã UTF-8"),
                file("TCVN3 (ABC) text", "ke-hoach.txt", HostileTexts::tcvn3, "TCVN3"),
                file("VNI text", "ke-hoach.txt", HostileTexts::vni, "VNI"),
                file("Windows-1258 text", "ke-hoach.txt", HostileTexts::cp1258, "Windows-1258"),
                file("UTF-16 text", "ke-hoach.txt", HostileTexts::utf16, "UTF-16"),
                file("UTF-16 text without BOM", "ke-hoach.txt", HostileTexts::utf16WithoutBom, "UTF-16"),
                file("UTF-16BE text without BOM", "ke-hoach.txt", HostileTexts::utf16BigEndianWithoutBom, "UTF-16"),
                file("PDF of 10,000 pages", "ke-hoach.pdf", HostileFiles::pdfTenThousandPages, "10.000 trang"),
                file("a form drawing forms: 10 million glyphs on one page (PDF)", "ke-hoach.pdf",
                        FormFanOutPdfs::tenMillionGlyphs, "trang 1 của tệp PDF có hơn 60.000 ký tự"),
                file("a form drawing forms: 25,000 ruling lines (PDF)", "ke-hoach.pdf",
                        FormFanOutPdfs::rulingLines, "trang 1 của tệp PDF có hơn 20.000 đường kẻ"),
                file("a form drawing forms: 100 million operators (PDF)", "ke-hoach.pdf",
                        FormFanOutPdfs::hundredMillionOperators, "trang 1 của tệp PDF có hơn 250.000 lệnh vẽ"),
                file("scan with a 100,000 × 100,000 image (PDF)", "ke-hoach.pdf", HostileFiles::pdfHugeImage,
                        "100.000 × 100.000 điểm ảnh"));
    }

    private static Arguments file(String name, String fileName, Supplier<byte[]> content, String expected) {
        return Arguments.of(name, fileName, content, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isRefusedQuicklyWithLittleMemory(String name, String fileName, Supplier<byte[]> content, String expected) {
        byte[] bytes = content.get();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();

        Throwable refusal = catchThrowable(() -> READER.read(fileName, bytes));

        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        System.out.printf("%-48s %,10d byte → %,6d ms, %,6d KB allocated: %s%n", name, bytes.length, millis,
                allocated / 1024, refusal == null ? "-" : refusal.getMessage());
        assertThat(refusal).isInstanceOf(PlanReadException.class).hasMessageContaining(expected);
        assertThat(millis).as("time to refuse").isLessThan(MAX_MILLIS);
        assertThat(allocated).as("bytes allocated to refuse").isLessThan(MAX_ALLOCATED);
    }
}
