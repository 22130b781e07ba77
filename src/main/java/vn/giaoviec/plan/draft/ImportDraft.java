package vn.giaoviec.plan.draft;

import vn.giaoviec.plan.PlanImporter.ImportSource;

/**
 * An uploaded plan between preview and commit: its rows as read (never the file), who uploaded it.
 *
 * @param year the plan year the user typed at upload, or null to take it from the file
 */
public record ImportDraft(String id, String owner, ImportSource source, Integer year) {
}
