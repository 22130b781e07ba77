package vn.giaoviec.plan.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.plan.PlanImportException;
import vn.giaoviec.plan.PlanImporter.ImportSource;
import vn.giaoviec.plan.read.ParsedAppendix;

/**
 * Drafts kept in the database between preview and commit, not in the HTTP session: the session
 * holds nothing of the upload (issue 15: ten sessions of a 19 MB upload each raised the heap by
 * 200 MB), any node can serve the next request, and a restart loses nothing. Only the parsed rows
 * are kept, bounded by the readers' budgets and by {@link #MAX_PAYLOAD_CHARS}; a user keeps at most
 * {@link #PER_USER} drafts, and drafts older than a day are removed.
 */
@Repository
public class ImportDrafts {

    /** Far above the rows of the largest real plan (seed 000's 58 rows take about 60,000 characters). */
    static final int MAX_PAYLOAD_CHARS = 4_000_000;
    static final int PER_USER = 3;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ProvinceClock clock;

    public ImportDrafts(JdbcTemplate jdbc, ObjectMapper json, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public String save(String owner, ImportSource source, Integer year) {
        String payload = write(source.appendix());
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            throw new PlanImportException("Kế hoạch quá lớn để xem trước (hơn " + MAX_PAYLOAD_CHARS / 1_000_000
                    + " triệu ký tự): hãy tách phụ lục thành nhiều tệp.");
        }
        purge(owner);
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into plan_import_draft (id, owner, file_name, file_sha256, plan_year, payload, created_at)"
                        + " values (?,?,?,?,?,?,?)", id, owner, truncate(source.fileName()), source.sha256(), year,
                payload, Timestamp.valueOf(clock.localNow()));
        return id;
    }

    /** The user's own draft; another user's draft is as good as absent. */
    public Optional<ImportDraft> find(String id, String owner) {
        List<ImportDraft> found = jdbc.query("select id, owner, file_name, file_sha256, plan_year, payload"
                + " from plan_import_draft where id = ? and owner = ?", (rs, n) -> new ImportDraft(rs.getString("id"),
                rs.getString("owner"), new ImportSource(rs.getString("file_name"), rs.getString("file_sha256"),
                read(rs.getString("payload"))), (Integer) rs.getObject("plan_year")), id, owner);
        return found.stream().findFirst();
    }

    public void updateYear(String id, Integer year) {
        jdbc.update("update plan_import_draft set plan_year = ? where id = ?", year, id);
    }

    public void delete(String id) {
        jdbc.update("delete from plan_import_draft where id = ?", id);
    }

    /** Drafts older than a day, and all but the user's newest few. */
    private void purge(String owner) {
        jdbc.update("delete from plan_import_draft where created_at < ?",
                Timestamp.valueOf(clock.localNow().minusDays(1)));
        List<String> kept = jdbc.queryForList("select id from plan_import_draft where owner = ? order by created_at desc",
                String.class, owner);
        kept.stream().skip(PER_USER - 1).forEach(this::delete);
    }

    private String write(ParsedAppendix appendix) {
        try {
            return json.writeValueAsString(appendix);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ParsedAppendix read(String payload) {
        try {
            return json.readValue(payload, ParsedAppendix.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Bản nháp nhập kế hoạch hỏng", e);
        }
    }

    private static String truncate(String name) {
        String safe = name == null || name.isBlank() ? "ke-hoach" : name;
        return safe.length() > 255 ? safe.substring(0, 255) : safe;
    }
}
