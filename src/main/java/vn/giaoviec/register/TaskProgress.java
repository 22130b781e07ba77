package vn.giaoviec.register;

import java.time.LocalDateTime;

/** What the lead agency reported on a task in one periodic CCHC report (e.g. period "Q1"). */
public record TaskProgress(String taskCode, String period, long planId, String agency, Integer percent,
                           String text, LocalDateTime reportedAt, String reportedBy) {
}
