package vn.giaoviec.report;

import java.util.List;
import java.util.Map;

/**
 * What Sở Nội vụ sees when compiling a period: one row per agency (name, status, submission date,
 * timeliness, task figures) and the counts of reported, late and missing reports.
 */
record PeriodSummary(List<Map<String, Object>> agencyFigures, long agencyCount, long reportedCount, long lateCount,
                     long missingCount) {
}
