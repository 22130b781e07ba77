package vn.giaoviec.file;

import java.time.LocalDateTime;

/** A file an officer attached to a task as (part of) its product. */
public record ProductFile(String id, String taskCode, String fileName, String contentType, long sizeBytes,
                          String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
