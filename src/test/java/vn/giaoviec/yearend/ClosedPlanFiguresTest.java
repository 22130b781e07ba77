package vn.giaoviec.yearend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.giaoviec.plan.Plan;
import vn.giaoviec.plan.PlanImporter;
import vn.giaoviec.plan.PlanStatistics;
import vn.giaoviec.progress.PlanProgress;
import vn.giaoviec.progress.Progress;
import vn.giaoviec.progress.ProgressFilter;
import vn.giaoviec.register.RegisterEntry;
import vn.giaoviec.register.TaskRegister;
import vn.giaoviec.yearend.PlanYearEnd.Decision;

/**
 * A closed plan keeps the figures it closed with, whatever later plans do with its carried-over tasks,
 * and its dashboard and scorecard count the tasks closed not completed.
 */
@SpringBootTest
@ActiveProfiles("test")
class ClosedPlanFiguresTest {

    static final int YEAR = 2091;
    static final String PLAN = """
            KẾ HOẠCH
            Cải cách hành chính năm %1$d (số liệu chốt %2$s)
            STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành
            I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
            1\tRà soát thủ tục %2$s\tSở Tư pháp\t\tBáo cáo\tQuý II/%1$d
            2\tTuyên truyền cải cách %2$s\tSở Nội vụ\t\tKế hoạch\tQuý IV/%1$d
            3\tSố hóa hồ sơ %2$s\tSở Tài chính\t\tBáo cáo\tQuý III/%1$d
            4\tKiểm tra công vụ %2$s\tSở Tài chính\t\tBáo cáo\tQuý IV/%1$d
            """;

    @Autowired PlanImporter importer;
    @Autowired PlanYearEnd yearEnd;
    @Autowired TaskRegister register;
    @Autowired PlanProgress progress;

    Plan plan;
    List<String> codes;

    @BeforeEach
    void importAPlan() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(YEAR, 1, 5, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        plan = importer.commit("so-lieu-chot.txt", PLAN.formatted(YEAR, System.nanoTime()).getBytes(StandardCharsets.UTF_8),
                YEAR, Map.of(), false, "demo");
        codes = register.ofPlan(plan.id()).stream().map(RegisterEntry::taskCode).toList();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void closedPlansFiguresStayAsClosedWhenTheCarryOverPlanMovesItsTasksOn() {
        PlanStatistics closed = yearEnd.close(plan.id(), Map.of(codes.get(0), Decision.CARRY_OVER,
                codes.get(1), Decision.CARRY_OVER, codes.get(2), Decision.CLOSE, codes.get(3), Decision.CLOSE),
                null, "snv-lanhdao");
        assertThat(closed).isEqualTo(new PlanStatistics(4, 0, 0, 2, 0, 2, 0));
        long carryOverPlan = register.get(codes.get(0)).planId();

        // the carry-over plan of the next year may hold other plans' tasks too: all but one close there
        yearEnd.close(carryOverPlan, yearEnd.unfinished(carryOverPlan).stream().collect(Collectors.toMap(
                RegisterEntry::taskCode, e -> e.taskCode().equals(codes.get(0)) ? Decision.CARRY_OVER : Decision.CLOSE)),
                null, "snv-lanhdao");

        assertThat(yearEnd.statistics(plan.id())).isEqualTo(closed);
    }

    @Test
    void closedPlansDashboardAndScorecardCountTheTasksClosedNotCompleted() throws Exception {
        yearEnd.close(plan.id(), Map.of(codes.get(0), Decision.CARRY_OVER, codes.get(1), Decision.CLOSE,
                codes.get(2), Decision.CLOSE, codes.get(3), Decision.CLOSE), null, "snv-lanhdao");

        Progress shown = progress.progress(plan.id(), ProgressFilter.all(null));

        assertThat(shown.total().notCompleted()).isEqualTo(3);
        assertThat(shown.total().total()).isEqualTo(3);
        assertThat(shown.byAgency()).extracting(g -> g.name() + " " + g.counts().notCompleted())
                .containsExactly("Sở Nội vụ 1", "Sở Tài chính 2");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                progress.scorecard(plan.id(), ProgressFilter.all(null))))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(2);
            int column = header.getLastCellNum() - 1;
            assertThat(header.getCell(column).getStringCellValue()).isEqualTo("Không hoàn thành (kết thúc năm)");
            Row finance = sheet.getRow(4);
            assertThat(finance.getCell(0).getStringCellValue()).isEqualTo("Sở Tài chính");
            assertThat(finance.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(finance.getCell(column).getNumericCellValue()).isEqualTo(2);
        }
    }
}
