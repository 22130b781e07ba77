package vn.giaoviec.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 000 rendered as Word, Excel and one-cell-per-line text reads back to the same 58 rows. */
class GeneratedFormatsTest {

    /** "Tham mưu UBND tỉnh chỉ đạo khắc phục…" is cut by a page break; another break comes before row 31. */
    private static final int SPLIT_ROW = 7;
    private static final int REPEAT_AT = 30;

    private final List<AppendixRow> seedRows = Seeds.read(Seeds.SEED_000).rows();
    private final List<FixtureTable.Line> table = FixtureTable.lines(seedRows, SPLIT_ROW, REPEAT_AT);

    @Test
    void docxReadsToTheSameRows() {
        ParsedAppendix parsed = Seeds.read("phu-luc.docx", FixtureWriters.docx(table));
        assertThat(GoldenTsv.lines(parsed.rows())).isEqualTo(expectedWithAgencyLinesSplit());
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.metadata().issuer()).isEqualTo("UBND tỉnh Vĩnh Long");
    }

    @Test
    void xlsxReadsToTheSameRows() {
        ParsedAppendix parsed = Seeds.read("phu-luc.xlsx", FixtureWriters.xlsx(table));
        assertThat(GoldenTsv.lines(parsed.rows())).isEqualTo(expectedWithAgencyLinesSplit());
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void oneCellPerLineTextReadsToTheSameRows() {
        ParsedAppendix parsed = Seeds.read("phu-luc.txt", FixtureWriters.cellPerLine(table));
        assertThat(GoldenTsv.lines(parsed.rows())).isEqualTo(Seeds.expected000());
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void formatIsToldByContentNotByName() {
        ParsedAppendix parsed = Seeds.read("phu-luc.bin", FixtureWriters.xlsx(table));
        assertThat(parsed.rows()).hasSize(58);
    }

    /** The writers put "A; B" agency lists in two paragraphs / cell lines, which read back joined by "\n". */
    private static List<String> expectedWithAgencyLinesSplit() {
        return Seeds.expected000().stream().map(line -> {
            String[] cells = line.split("\t", -1);
            cells[5] = cells[5].replace("; ", ";\\n");
            return String.join("\t", cells);
        }).toList();
    }
}
