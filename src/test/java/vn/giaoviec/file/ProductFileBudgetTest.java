package vn.giaoviec.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;

/**
 * A task holds a bounded number and size of files (product and contributions together): past either
 * bound an upload is refused in Vietnamese and nothing is written.
 */
@SpringBootTest(properties = {"giaoviec.files.max-per-task=3", "giaoviec.files.max-bytes-per-task=1MB"})
@ActiveProfiles("test")
class ProductFileBudgetTest {

    @Autowired ProductFiles files;

    @Test
    void theFileAfterTheLastAllowedIsRefused() {
        String task = "TEP-SO-" + System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            files.store(task, pdf("bao-cao-" + i + ".pdf", 1_000), "stp-chuyenvien");
        }
        assertThatThrownBy(() -> files.store(task, pdf("bao-cao-4.pdf", 1_000), "stp-chuyenvien"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Nhiệm vụ đã có 3 tệp, tối đa 3 tệp mỗi nhiệm vụ; hãy gộp các tệp (ví dụ thành một tệp ZIP)");
        assertThat(files.ofTask(task)).hasSize(3);
    }

    @Test
    void filesTogetherLargerThanTheTasksBudgetAreRefused() {
        String task = "TEP-CO-" + System.nanoTime();
        files.store(task, pdf("phu-luc-1.pdf", 600_000), "stp-chuyenvien");
        assertThatThrownBy(() -> files.store(task, pdf("phu-luc-2.pdf", 600_000), "stp-chuyenvien"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Các tệp của nhiệm vụ vượt 1 MB (đã có 1 MB); hãy nén hoặc gộp bớt tệp");
        assertThat(files.ofTask(task)).extracting(ProductFile::fileName).containsExactly("phu-luc-1.pdf");
    }

    private static MockMultipartFile pdf(String name, int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return new MockMultipartFile("file", name, "application/pdf", content);
    }
}
