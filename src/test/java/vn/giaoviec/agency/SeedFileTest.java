package vn.giaoviec.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.giaoviec.agency.resolve.AgencyResolver;

/** Reads the appendix rows of seed 000 (the copy in the test resources) and resolves every cell. */
class SeedFileTest {

    private static final Path SEEDS = Path.of("src", "test", "resources", "seeds");

    @Test
    void everyLeadAndCoordinatorCellOfSeed000Resolves() throws IOException {
        List<String> cells;
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path seed = files.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
            cells = Files.readAllLines(seed).stream().map(line -> line.split("\t", -1))
                    .filter(columns -> columns.length >= 6 && columns[0].matches("\\d*"))
                    .flatMap(columns -> Stream.of(columns[2], columns[3]))
                    .filter(cell -> !cell.isBlank()).distinct().toList();
        }
        AgencyResolver resolver = TestDirectory.resolver();

        assertThat(cells).hasSizeGreaterThan(8);
        assertThat(cells).allSatisfy(cell -> assertThat(resolver.resolve(cell).hasUnknown()).as(cell).isFalse());
    }
}
