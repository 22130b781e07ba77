package vn.giaoviec.testsupport;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Test only (component-scanned into every test context, so no extra context): a page that fails
 * with an unexpected exception, to check what users see of a 500.
 */
@Controller
class FailingPage {

    static final String SECRET = "NullPointerException bí mật tại vn.giaoviec.FailingPage.line42";

    @GetMapping("/giaoviec/thu-loi-500")
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
