package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaoviec.plan.read.pdf.PdfSource;

/** Seed 000 printed to PDF (text layer, ruled table, page breaks) reads back to the same 58 rows. */
class PdfFormatsTest {

    private static final int SPLIT_ROW = 7;
    private static final int REPEAT_AT = 30;

    static final AppendixReader READER = new AppendixReader(ReadLimits.DEFAULT, new PdfSource("tesseract"));

    private final List<FixtureTable.Line> table = FixtureTable.lines(Seeds.read(Seeds.SEED_000).rows(), SPLIT_ROW, REPEAT_AT);

    @Test
    void pdfWithATextLayerReadsToTheSameRows() throws Exception {
        byte[] pdf = PdfFixtureWriter.pdf(table);
        Files.createDirectories(Path.of("target", "pdf"));
        Files.write(Path.of("target", "pdf", "seed-000.pdf"), pdf);

        ParsedAppendix parsed = READER.read("phu-luc.pdf", pdf);

        assertThat(parsed.source()).isEqualTo(ReadSource.PDF);
        List<String> actual = GoldenTsv.lines(parsed.rows());
        List<String> expected = Seeds.expected000();
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as("dòng nhiệm vụ %d", i + 1).isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSize(58);
        assertThat(parsed.metadata().issuer()).isEqualTo("UBND tỉnh Vĩnh Long");
    }
}
