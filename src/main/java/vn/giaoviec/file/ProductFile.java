package vn.giaoviec.file;

import java.time.LocalDateTime;

/**
 * A file attached to a task: (part of) the lead agency's product, or — {@code contributedBy} set to
 * its agency code — part of a coordinating agency's contribution.
 */
public record ProductFile(String id, String taskCode, String fileName, String contentType, long sizeBytes,
                          String sha256, String uploadedBy, LocalDateTime uploadedAt, String contributedBy) {
}
