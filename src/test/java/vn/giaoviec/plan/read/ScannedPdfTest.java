package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 printed to PDF, each page then rendered to a 200 dpi grey image and put back as a page of
 * its own (a scan without text layer): OCR reads the same 58 task rows, in the same sections. OCR
 * misreads a few letters, so cells are compared after folding and most, not all, must agree; the
 * preview says the text came from OCR.
 */
class ScannedPdfTest {

    @Test
    void scanOfSeed000ReadsTheSame58RowsByOcr() {
        byte[] scan = PdfFixtureWriter.scan(PdfFixtureWriter.pdf(
                FixtureTable.lines(Seeds.read(Seeds.SEED_000).rows(), 7, 30)), 200);
        long start = System.nanoTime();

        ParsedAppendix parsed = PdfFormatsTest.READER.read("ban-quet.pdf", scan);

        System.out.printf("OCR of the %,d-byte scan of seed 000: %,d ms, %d rows, %d uncertain cells%n", scan.length,
                (System.nanoTime() - start) / 1_000_000, parsed.rows().size(), parsed.uncertain().size());
        assertThat(parsed.source()).isEqualTo(ReadSource.OCR);
        assertThat(parsed.rows()).hasSize(58);
        List<AppendixRow> expected = Seeds.read(Seeds.SEED_000).rows();
        assertThat(parsed.rows().stream().map(AppendixRow::section).distinct()).hasSize(8);
        assertThat(share(parsed.rows(), expected, 4)).as("cơ quan chủ trì đọc đúng").isGreaterThan(0.9);
        assertThat(share(parsed.rows(), expected, 7)).as("thời hạn đọc đúng").isGreaterThan(0.9);
        assertThat(share(parsed.rows(), expected, 3)).as("nhiệm vụ đọc đúng").isGreaterThan(0.6);
    }

    /** The share of rows whose cell (GoldenTsv column) reads the same once folded. */
    private static double share(List<AppendixRow> actual, List<AppendixRow> expected, int column) {
        List<String> a = GoldenTsv.lines(actual);
        List<String> e = GoldenTsv.lines(expected);
        int same = 0;
        for (int i = 0; i < Math.min(a.size(), e.size()); i++) {
            if (CellText.key(a.get(i).split("\t", -1)[column]).equals(CellText.key(e.get(i).split("\t", -1)[column]))) {
                same++;
            }
        }
        return same / (double) e.size();
    }
}
