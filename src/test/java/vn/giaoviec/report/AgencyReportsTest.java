package vn.giaoviec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import vn.giaoviec.agency.AgencyDirectory;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.register.TaskProgress;
import vn.giaoviec.register.TaskProgressLog;

/** The rules of a period's reports without the engine: what an approval records, what compiling counts. */
class AgencyReportsTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDateTime NOW = LocalDateTime.of(2031, 3, 16, 9, 0);

    final PeriodReports reports = mock(PeriodReports.class);
    final ReportItems items = mock(ReportItems.class);
    final TaskProgressLog progress = mock(TaskProgressLog.class);
    final AgencyDirectory directory = mock(AgencyDirectory.class);
    final AgencyReports agencyReports = new AgencyReports(reports, items, progress, directory,
            new ProvinceClock(VIETNAM, Clock.fixed(NOW.atZone(VIETNAM).toInstant(), VIETNAM)),
            new ReportingProperties(null, 3, 5, List.of(new ReportingProperties.Period("H1", "6 tháng", "15/12", "14/06",
                    "20/06"))));

    @Test
    void approvedReportAddsEachFilledRowToItsTasksHistoryThenCountsAsSubmitted() {
        Map<String, Object> filled = row("KH1-1", 40.6, " Đã ban hành kế hoạch ");
        Map<String, Object> percentOnly = row("KH1-2", 150, "");
        Map<String, Object> empty = row("KH1-3", null, " ");

        agencyReports.record(new SubmittedReport(1, "Q1", "Quý I", "stp", "stp-chuyenvien",
                List.of(filled, percentOnly, empty), "Kết quả CCHC", "12/BC-STP"));

        ArgumentCaptor<TaskProgress> added = ArgumentCaptor.forClass(TaskProgress.class);
        InOrder order = inOrder(progress, reports);
        order.verify(progress, org.mockito.Mockito.times(2)).add(added.capture(), eq("Quý I"));
        order.verify(reports).submitted(1, "Q1", "stp", "stp-chuyenvien", "Kết quả CCHC", "12/BC-STP");
        assertThat(added.getAllValues()).extracting(TaskProgress::taskCode, TaskProgress::percent, TaskProgress::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KH1-1", 41, "Đã ban hành kế hoạch"),
                        org.assertj.core.groups.Tuple.tuple("KH1-2", 100, null));
        assertThat(added.getAllValues()).allSatisfy(p -> {
            assertThat(p.agency()).isEqualTo("stp");
            assertThat(p.reportedBy()).isEqualTo("stp-chuyenvien");
        });
    }

    @Test
    void compilingMarksTheMissingFirstThenCountsReportedLateAndMissing() {
        when(reports.ofPeriod(1, "H1")).thenReturn(List.of(
                report("snv", ReportStatus.SUBMITTED, true), report("stp", ReportStatus.SUBMITTED, false),
                report("stc", ReportStatus.MISSING, null), report("syt", ReportStatus.AWAITING_APPROVAL, null)));
        when(directory.nameOf(any())).thenAnswer(a -> "Cơ quan " + a.getArgument(0));
        when(items.figuresFor(eq(1L), any())).thenReturn(Map.of("taskCount", 2));

        PeriodSummary summary = agencyReports.summarize(1, "H1");

        verify(reports).markMissing(1, "H1");
        assertThat(summary.agencyCount()).isEqualTo(4);
        assertThat(summary.reportedCount()).isEqualTo(2);
        assertThat(summary.lateCount()).isEqualTo(1);
        assertThat(summary.missingCount()).isEqualTo(1);
        assertThat(summary.agencyFigures()).extracting(r -> r.get("agencyName") + " | " + r.get("statusLabel") + " | "
                + r.get("timeliness") + " | " + r.get("submittedAt") + " | " + r.get("taskCount")).containsExactly(
                "Cơ quan snv | Đã nộp | Đúng hạn | 2031-06-18 | 2", "Cơ quan stp | Đã nộp | Chậm | 2031-06-18 | 2",
                "Cơ quan stc | Không báo cáo |  |  | 2", "Cơ quan syt | Chờ lãnh đạo duyệt |  |  | 2");
    }

    private static Map<String, Object> row(String taskCode, Object percent, String text) {
        Map<String, Object> row = new HashMap<>();
        row.put("taskCode", taskCode);
        row.put("progressPercent", percent);
        row.put("progressText", text);
        return row;
    }

    private static PeriodReport report(String agency, ReportStatus status, Boolean onTime) {
        return new PeriodReport(1, "H1", agency, status, LocalDate.of(2031, 6, 20),
                onTime == null ? null : LocalDateTime.of(2031, 6, 18, 10, 0), onTime == null ? null : agency + "-chuyenvien",
                onTime, false);
    }
}
