package vn.giaoviec.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.giaoviec.progress.export.RegisterWorkbookBenchmark;

/**
 * 100,000 rows through the byte-array API in a child JVM capped at a small heap, then read back
 * with POI's streaming (SAX) reader: the whole workbook is never loaded in memory.
 */
class LargeRegisterTest {

    private static final int ROWS = 100_000;
    private static final String SMALL_HEAP = "-Xmx96m";

    @Test
    void hundredThousandRowsWriteWithinASmallHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("so-theo-doi.xlsx");
        String output = runBenchmarkInChildJvm(file);
        assertThat(output).contains(ROWS + " rows");
        assertThat(Files.size(file)).isBetween(1_000_000L, 60_000_000L);

        RowCollector rows = read(file);
        int sectionRows = 7;
        assertThat(rows.count).isEqualTo(3 + sectionRows + ROWS);
        assertThat(rows.last).startsWith(Integer.toString(ROWS), "Nhiệm vụ số " + ROWS
                + ": rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý", "Sở Nội vụ");
        assertThat(rows.last.get(6)).matches("\\d\\d/\\d\\d/\\d{4}");
    }

    private static String runBenchmarkInChildJvm(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, SMALL_HEAP, "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                RegisterWorkbookBenchmark.class.getName(), Integer.toString(ROWS), file.toString())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static RowCollector read(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            RowCollector collector = new RowCollector();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg), collector, new DataFormatter(), false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
            return collector;
        }
    }

    /** Counts rows and keeps the cells (as formatted text) of the last one. */
    private static final class RowCollector implements SheetContentsHandler {
        int count;
        List<String> last = new ArrayList<>();
        private List<String> current;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            count++;
            last = current;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            current.add(formattedValue);
        }
    }
}
