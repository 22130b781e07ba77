package vn.giaoviec.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.giaoviec.calendar.ProvinceClock;

/**
 * Stores product files on disk under a random id (never the user's file name) with their metadata
 * in the database. The file is written before the row, so a crash leaves at worst an orphan file,
 * never a row without its file.
 */
@Service
public class ProductFiles {

    private final JdbcTemplate jdbc;
    private final Path directory;
    private final ProvinceClock clock;
    private final int maxFilesPerTask;
    private final DataSize maxBytesPerTask;

    public ProductFiles(JdbcTemplate jdbc, @Value("${giaoviec.files.dir}") Path directory, ProvinceClock clock,
                        @Value("${giaoviec.files.max-per-task:50}") int maxFilesPerTask,
                        @Value("${giaoviec.files.max-bytes-per-task:200MB}") DataSize maxBytesPerTask) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
        this.maxFilesPerTask = maxFilesPerTask;
        this.maxBytesPerTask = maxBytesPerTask;
    }

    @Transactional
    public ProductFile store(String taskCode, MultipartFile upload, String userId) {
        return store(taskCode, upload, userId, null);
    }

    /** {@code contributedBy}: the coordinating agency whose contribution the file belongs to; null for the product. */
    @Transactional
    public ProductFile store(String taskCode, MultipartFile upload, String userId, String contributedBy) {
        String name = FileRules.safeName(upload.getOriginalFilename());
        if (upload.isEmpty()) {
            throw new IllegalArgumentException("Tệp rỗng");
        }
        String problem = FileRules.problemWith(name, head(upload));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        requireRoomFor(taskCode, upload.getSize());
        String id = UUID.randomUUID().toString();
        String sha256 = copy(upload, pathOf(id));
        ProductFile file = new ProductFile(id, taskCode, name, upload.getContentType(), upload.getSize(), sha256,
                userId, clock.localNow(), contributedBy);
        jdbc.update("insert into product_file (id, task_code, file_name, content_type, size_bytes, sha256,"
                        + " uploaded_by, uploaded_at, contributed_by) values (?,?,?,?,?,?,?,?,?)", id, taskCode, name,
                file.contentType(), file.sizeBytes(), sha256, userId, Timestamp.valueOf(file.uploadedAt()), contributedBy);
        return file;
    }

    /**
     * A task's files (product and contributions together) are bounded: each upload is at most 20 MB, but
     * without a bound per task anyone holding its work could fill the disk one file at a time.
     */
    private void requireRoomFor(String taskCode, long size) {
        long[] held = jdbc.queryForObject("select count(*), coalesce(sum(size_bytes), 0) from product_file where task_code = ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, taskCode);
        if (held[0] >= maxFilesPerTask) {
            throw new IllegalArgumentException("Nhiệm vụ đã có " + held[0] + " tệp, tối đa " + maxFilesPerTask
                    + " tệp mỗi nhiệm vụ; hãy gộp các tệp (ví dụ thành một tệp ZIP)");
        }
        if (held[1] + size > maxBytesPerTask.toBytes()) {
            throw new IllegalArgumentException("Các tệp của nhiệm vụ vượt " + maxBytesPerTask.toMegabytes()
                    + " MB (đã có " + (held[1] + 1024 * 1024 - 1) / (1024 * 1024) + " MB); hãy nén hoặc gộp bớt tệp");
        }
    }

    public List<ProductFile> ofTask(String taskCode) {
        return jdbc.query("select * from product_file where task_code = ? order by uploaded_at", this::map, taskCode);
    }

    public Optional<ProductFile> find(String id) {
        return jdbc.query("select * from product_file where id = ?", this::map, id).stream().findFirst();
    }

    public Path pathOf(String id) {
        return directory.resolve(UUID.fromString(id).toString());
    }

    private static byte[] head(MultipartFile upload) {
        try (InputStream in = upload.getInputStream()) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String copy(MultipartFile upload, Path target) {
        try (DigestInputStream in = new DigestInputStream(upload.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "upload-", ".part");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Không lưu được tệp", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProductFile map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ProductFile(rs.getString("id"), rs.getString("task_code"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime(), rs.getString("contributed_by"));
    }
}
