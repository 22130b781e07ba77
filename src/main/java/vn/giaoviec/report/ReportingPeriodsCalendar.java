package vn.giaoviec.report;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.giaoviec.milestone.ReportingCalendar;

/** The configured reporting periods (giaoviec.reporting.periods) as the dates periodic milestones follow. */
@Component
class ReportingPeriodsCalendar implements ReportingCalendar {

    private final ReportingProperties properties;

    ReportingPeriodsCalendar(ReportingProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<ReportingDate> periodsOf(int year) {
        return properties.periods().stream().map(p -> new ReportingDate(p.name(), p.dueDate(year))).toList();
    }
}
