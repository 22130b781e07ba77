package vn.giaoviec.report;

import java.util.List;
import java.util.Map;

/**
 * An agency's report as its leader approved it: the rows of the report form (taskCode,
 * progressPercent, progressText), the report's text and the link to the signed document.
 */
record SubmittedReport(long planId, String period, String periodName, String agency, String reportedBy,
                       List<Map<String, Object>> items, String text, String link) {
}
