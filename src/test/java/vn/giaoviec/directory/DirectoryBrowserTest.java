package vn.giaoviec.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.agency.DirectoryChanges;
import vn.giaoviec.testsupport.Browser;

/**
 * Sở Nội vụ's leader keeps the directory in Chromium (Vietnamese), on a desk and on a 390 px phone:
 * opens it from the header, adds a commune, loads a list from Excel, reads the preview, applies it.
 * Screenshots: target/browser-screenshots/danh-ba-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectoryBrowserTest {

    @LocalServerPort int port;
    @Autowired AgencyDirectory directory;
    @Autowired DirectoryChanges changes;

    @AfterEach
    void retireWhatWasAdded() {
        for (String name : List.of("UBND xã Thử Nghiệm", "UBND phường Thử Hai", "Sở Thử Ba")) {
            directory.all().stream().filter(a -> a.name().equals(name)).map(a -> a.code()).toList()
                    .forEach(code -> changes.retire(code, "test"));
        }
    }

    @Test
    void theLeaderAddsACommuneAndLoadsAListOnDeskAndPhone() throws Exception {
        Path list = Files.createTempFile("danh-sach-", ".xlsx");
        Files.write(list, AgencyWorkbooks.xlsx(List.of(
                List.of("Tên", "Loại", "Mã", "Tên gọi khác"),
                List.of("UBND phường Thử Hai", "Xã", "", "UBND P. Thử Hai"),
                List.of("Sở Thử Ba", "Sở", "", ""),
                List.of("Sở Tư pháp", "Sở", "stp", ""))));
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.loginToTasklist("snv-lanhdao", "demo");
            browser.get("/giaoviec/hop-viec");
            browser.click(By.xpath("//header//a[normalize-space(.)='Danh bạ']"));
            browser.waitForPresent(By.xpath("//h1[normalize-space(.)='Danh bạ cơ quan']"));
            assertThat(browser.pageText()).contains("Sở, ban, ngành tỉnh", "UBND cấp xã (xã, phường, đặc khu)",
                    "Sở Khoa học và Công nghệ", "UBND phường Thanh Đức", "Đang hoạt động");
            assertThat(browser.overflowWidth()).as("no sideways scrolling on a desk").isZero();
            browser.screenshot("danh-ba-1-danh-sach-may-tinh");

            browser.waitForPresent(By.cssSelector("#add input[name=name]")).sendKeys("UBND xã Thử Nghiệm");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.cssSelector("#add select[name=kind]")))
                    .selectByValue("XA");
            browser.click(By.xpath("//form[@id='add']//button"));
            browser.waitForPresent(By.id("done"));
            assertThat(browser.pageText()).contains("Đã thêm \"UBND xã Thử Nghiệm\"");

            browser.waitForPresent(By.cssSelector("#load input[type=file]")).sendKeys(list.toAbsolutePath().toString());
            browser.click(By.xpath("//form[@id='load']//button"));
            browser.waitForPresent(By.id("preview"));
            assertThat(browser.pageText()).contains("Thêm cơ quan mới (mã tự đặt theo tên).", "Đã có trong danh bạ: không thay đổi.");
            browser.fullPageScreenshot("danh-ba-2-xem-truoc-may-tinh");

            browser.phone();
            assertThat(browser.overflowWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
            browser.screenshot("danh-ba-3-xem-truoc-dien-thoai");
            browser.click(By.id("apply"));
            browser.waitForPresent(By.id("done"));
            assertThat(browser.pageText()).contains("Đã nạp danh sách: thêm 2 cơ quan");
            assertThat(browser.overflowWidth()).isLessThanOrEqualTo(0);
            browser.screenshot("danh-ba-4-da-nap-dien-thoai");
        }
        assertThat(directory.all()).extracting(a -> a.name()).contains("UBND xã Thử Nghiệm", "UBND phường Thử Hai", "Sở Thử Ba");
    }
}
