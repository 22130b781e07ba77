package vn.giaoviec.progress;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giaoviec.identity.UserAccess;
import vn.giaoviec.register.TaskStatus;

/**
 * REST and downloads behind the dashboard: progress counts, the task register and the agency
 * scorecard as .xlsx. The same handlers answer the API (HTTP Basic) and the pages (webapp login).
 */
@RestController
class ProgressApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanProgress progress;

    ProgressApi(PlanProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/api/plans/{planId}/progress")
    Progress progress(@PathVariable long planId, @RequestParam(required = false) String agency,
                      @RequestParam(required = false) String section, @RequestParam(required = false) TaskStatus status,
                      @RequestParam(required = false) YearMonth dueMonth, Authentication authentication) {
        return progress.progress(planId, filter(agency, section, status, dueMonth, authentication));
    }

    @GetMapping({"/api/plans/{planId}/register.xlsx", "/giaoviec/ke-hoach/{planId}/so-theo-doi.xlsx"})
    void register(@PathVariable long planId, @RequestParam(required = false) String agency,
                  @RequestParam(required = false) String section, @RequestParam(required = false) TaskStatus status,
                  @RequestParam(required = false) YearMonth dueMonth, Authentication authentication,
                  HttpServletResponse response) throws IOException {
        ProgressFilter filter = filter(agency, section, status, dueMonth, authentication);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("so-theo-doi-nhiem-vu-ke-hoach-" + planId));
        progress.writeRegister(planId, filter, response.getOutputStream());
    }

    @GetMapping({"/api/plans/{planId}/scorecard.xlsx", "/giaoviec/ke-hoach/{planId}/bang-diem.xlsx"})
    ResponseEntity<byte[]> scorecard(@PathVariable long planId, Authentication authentication) {
        byte[] workbook = progress.scorecard(planId, filter(null, null, null, null, authentication));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment("bang-diem-co-quan-" + planId))
                .contentType(MediaType.parseMediaType(XLSX)).body(workbook);
    }

    private ProgressFilter filter(String agency, String section, TaskStatus status, YearMonth dueMonth,
                                  Authentication authentication) {
        return new ProgressFilter(agency, section, status, dueMonth,
                progress.visibleAgencies(UserAccess.of(authentication)));
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name + ".xlsx").build().toString();
    }
}
